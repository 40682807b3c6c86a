namespace CompliancePortal.Core.Approvals;

/// <summary>The rules that can refuse a promotion request or a signature; every refusal names one.</summary>
public enum PromotionRule
{
    ActingOwnerRequests,
    NotAlreadyInProduction,
    OneOpenRequest,
    RollbackTargetWasInProduction,
    NamedSigner,
    ComplianceOfficerSigns,
    RequesterCannotSign,
    OwnerCannotSign,
    DistinctApprovers,
    FreshAuthentication,
    RequestIsPending,
    GatesPass,
}
