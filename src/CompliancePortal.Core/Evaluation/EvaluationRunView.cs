namespace CompliancePortal.Core.Evaluation;

/// <summary>A stored evaluation as shown with its model version.</summary>
public sealed record EvaluationRunView(
    Guid Id,
    string ModelKey,
    string Version,
    string GoldenSet,
    int GoldenSetVersion,
    string GoldenSetContentHash,
    string EvaluatorName,
    string EvaluatorVersion,
    EvaluationTrigger Trigger,
    EvaluationSource Source,
    bool Passed,
    IReadOnlyList<MetricResult> Metrics,
    string ArtifactSha256,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double DurationSeconds,
    string RecordedBy,
    DateTimeOffset RecordedAt);
