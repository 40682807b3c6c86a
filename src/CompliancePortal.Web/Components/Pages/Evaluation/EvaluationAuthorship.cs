using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

/// <summary>
/// Whether to offer golden-set write actions. It mirrors the rule Core's <c>EvaluationAccess</c> enforces on every write
/// (the owner or backup owner with the ModelOwner role, or a compliance officer); the service stays the authority.
/// </summary>
internal static class EvaluationAuthorship
{
    public static bool CanWrite(Actor actor, ModelView model) =>
        actor.HasRole(PortalRoles.ComplianceOfficer)
        || (actor.HasRole(PortalRoles.ModelOwner) && actor.PersonId is { } id && (id == model.Owner.Id || id == model.BackupOwner?.Id));
}
