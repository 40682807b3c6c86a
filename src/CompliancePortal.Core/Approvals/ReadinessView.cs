using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Approvals;

/// <summary>The readiness checklist of a version: every gate now, and what a request would need.</summary>
public sealed record ReadinessView(
    string ModelKey,
    string VersionLabel,
    ModelStage Stage,
    ChangeClass ChangeClass,
    RiskTier RiskTier,
    EvidenceSnapshot Evidence,
    int RequiredApprovals,
    int DriftPolicyRevision,
    ReproducibilityCheckView? LatestReproducibilityCheck,
    PromotionRequestSummary? OpenRequest,
    bool WasInProduction);
