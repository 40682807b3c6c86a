namespace CompliancePortal.Core.Approvals;

/// <summary>What the evaluation gate needs to know about one stored evaluation of the version.</summary>
public sealed record EvaluationFact(
    Guid Id,
    bool Passed,
    DateTimeOffset FinishedAt,
    string GoldenSet,
    int GoldenSetVersion,
    bool AgainstCurrentGoldenSetVersion,
    string EvaluatorName,
    string EvaluatorVersion,
    bool ScoredThePinnedArtifact);
