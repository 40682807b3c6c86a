namespace CompliancePortal.Core.Revalidation;

/// <summary>Where a review stands for its sign-off rules: open or not, and the signatures it carries.</summary>
public sealed record ReviewSignatures(bool IsOpen, RevalidationSignature? Owner, RevalidationSignature? ComplianceOfficer)
{
    public static ReviewSignatures Of(RevalidationReviewView review) =>
        new(review.State == RevalidationReviewState.Open, review.OwnerSignature, review.ComplianceOfficerSignature);
}
