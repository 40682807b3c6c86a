namespace CompliancePortal.Core.Approvals;

/// <summary>The gates of DESIGN.md a version must pass, at the time of approval, before it may reach Production.</summary>
public enum PromotionGate
{
    NamedOwner,
    CompleteModelCard,
    PassingEvaluation,
    DriftThresholds,
    Reproducibility,
    CabDecision,
}
