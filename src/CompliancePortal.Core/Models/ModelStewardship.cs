using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Models;

/// <summary>
/// Who may act for a model: its owner or backup owner, holding the ModelOwner role. Services enforce it on every
/// write; pages ask the same question so they never offer an action the service would refuse.
/// </summary>
public static class ModelStewardship
{
    public static bool IsActingOwner(Actor actor, Guid ownerId, Guid? backupOwnerId) =>
        actor.HasRole(PortalRoles.ModelOwner) && actor.PersonId is { } id && (id == ownerId || id == backupOwnerId);

    public static bool IsActingOwner(this Actor actor, Model model) => IsActingOwner(actor, model.OwnerId, model.BackupOwnerId);

    public static bool IsActingOwner(this Actor actor, ModelView model) => IsActingOwner(actor, model.Owner.Id, model.BackupOwner?.Id);

    /// <summary>Golden sets and evaluations: the acting owner, or a compliance officer.</summary>
    public static bool MayManageEvidence(this Actor actor, ModelView model) =>
        actor.IsActingOwner(model) || actor.HasRole(PortalRoles.ComplianceOfficer);

    public static bool MayManageEvidence(this Actor actor, Model model) =>
        actor.IsActingOwner(model) || actor.HasRole(PortalRoles.ComplianceOfficer);
}
