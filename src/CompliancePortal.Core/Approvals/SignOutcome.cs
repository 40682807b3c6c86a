namespace CompliancePortal.Core.Approvals;

/// <summary>What one signature did to a request: the signature, the approvals it found stale, and whether the request is now approved.</summary>
public sealed record SignOutcome(PromotionSignature Signature, IReadOnlyList<PromotionSignature> Invalidated, bool ReadyToPromote);
