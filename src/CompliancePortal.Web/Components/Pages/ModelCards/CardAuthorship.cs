using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

/// <summary>
/// Whether to offer the card's write actions. It mirrors the rule <c>ModelCardService</c> enforces on every write, so a
/// person is not shown buttons the service would refuse; the service stays the authority.
/// </summary>
internal static class CardAuthorship
{
    public static bool CanWrite(Actor actor, ModelView model) =>
        actor.HasRole(PortalRoles.ModelOwner)
        && actor.PersonId is { } id
        && (id == model.Owner.Id || id == model.BackupOwner?.Id);
}
