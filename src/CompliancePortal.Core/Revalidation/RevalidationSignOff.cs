using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// Who may put which signature on a revalidation review: the model's owner or backup owner signs as owner; a compliance
/// officer who does not own the model signs second; one person never gives both. The review enforces these rules when
/// a signature is given, and pages ask the same question so they offer only the forms the review would accept.
/// </summary>
public static class RevalidationSignOff
{
    /// <returns>Why <paramref name="signer"/> cannot sign as owner now; null when they can.</returns>
    public static Exception? OwnerRefusal(Actor signer, ReviewSignatures review, Guid ownerId, Guid? backupOwnerId) =>
        Common(signer, review) ?? (signer.PersonId is var me && review.Owner is not null
            ? new DomainRuleException("The owner has already signed this review; a signature cannot be given twice.")
            : me != ownerId && me != backupOwnerId
                ? new AccessDeniedException("Only the model's owner or backup owner can sign a revalidation review as owner.")
                : review.ComplianceOfficer?.PersonId == me
                    ? new AccessDeniedException("One person cannot give both signatures on a revalidation review.")
                    : null);

    /// <returns>Why <paramref name="signer"/> cannot sign as compliance officer now; null when they can.</returns>
    public static Exception? ComplianceOfficerRefusal(Actor signer, ReviewSignatures review, Guid ownerId, Guid? backupOwnerId) =>
        Common(signer, review) ?? (signer.PersonId is var me && review.ComplianceOfficer is not null
            ? new DomainRuleException("A compliance officer has already signed this review; a signature cannot be given twice.")
            : !signer.HasRole(PortalRoles.ComplianceOfficer)
                ? new AccessDeniedException("The second signature on a revalidation review needs the ComplianceOfficer role.")
                : me == ownerId || me == backupOwnerId
                    ? new AccessDeniedException("The compliance officer who signs a revalidation review must not own the model.")
                    : review.Owner?.PersonId == me
                        ? new AccessDeniedException("One person cannot give both signatures on a revalidation review.")
                        : null);

    public static bool CanSignAsOwner(this Actor signer, RevalidationReviewView review, ModelView model) =>
        OwnerRefusal(signer, ReviewSignatures.Of(review), model.Owner.Id, model.BackupOwner?.Id) is null;

    public static bool CanSignAsComplianceOfficer(this Actor signer, RevalidationReviewView review, ModelView model) =>
        ComplianceOfficerRefusal(signer, ReviewSignatures.Of(review), model.Owner.Id, model.BackupOwner?.Id) is null;

    private static Exception? Common(Actor signer, ReviewSignatures review) =>
        !review.IsOpen ? new DomainRuleException("This revalidation review is already signed off; open a new review to revalidate again.")
        : signer.IsSystem ? new AccessDeniedException("A revalidation review is signed by a person, not by the portal.")
        : null;
}
