namespace CompliancePortal.Core.Approvals;

/// <summary>One gate's verdict with the reason a person can act on.</summary>
public sealed record GateResult(PromotionGate Gate, bool Passed, string Detail);
