using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Revalidation;

namespace CompliancePortal.Web.Components.Pages.Revalidation;

/// <summary>
/// Whether to offer a sign-off form. It mirrors the rules <see cref="RevalidationReview"/> enforces (the owner or backup
/// owner for the first signature; a compliance officer who does not own the model for the second; never one person for
/// both); the review stays the authority.
/// </summary>
internal static class ReviewSignOffRules
{
    public static bool CanSign(Actor actor, ModelView model, RevalidationReviewView review, SignOffCapacity capacity)
    {
        if (review.State != RevalidationReviewState.Open || actor.PersonId is not { } me)
        {
            return false;
        }
        var owns = me == model.Owner.Id || me == model.BackupOwner?.Id;
        return capacity switch
        {
            SignOffCapacity.Owner => review.OwnerSignature is null && owns && review.ComplianceOfficerSignature?.PersonId != me,
            _ => review.ComplianceOfficerSignature is null && actor.HasRole(PortalRoles.ComplianceOfficer) && !owns
                && review.OwnerSignature?.PersonId != me,
        };
    }
}
