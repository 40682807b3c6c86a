using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Everything the gates look at for one version, read at one moment. Frozen into a request as its evidence snapshot,
/// and read again at each signature.
/// </summary>
public sealed record PromotionFacts(
    string? OwnerName,
    int? CardRevision,
    string? CardContentHash,
    bool CardComplete,
    IReadOnlyList<string> IncompleteSections,
    IReadOnlyList<EvaluationFact> Evaluations,
    int EvaluationWindowDays,
    IReadOnlyList<DriftThreshold> DriftThresholds,
    string? DriftPolicyHash,
    Guid? ReproducibilityCheckId,
    bool? ReproducibilityPassed,
    DateTimeOffset? ReproducibilityCheckedAt,
    ChangeClass ChangeClass,
    CabDecision? Cab);
