namespace CompliancePortal.Core.Revalidation;

public enum RevalidationReviewState
{
    Open,
    SignedOff,
}
