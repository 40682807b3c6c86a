namespace CompliancePortal.Core.Evaluation;

/// <summary>The metrics an evaluation the portal ran itself measured, ready to be judged and recorded.</summary>
public sealed record PortalRun(
    Guid GoldenSetVersionId,
    EvaluatorIdentity Evaluator,
    IReadOnlyDictionary<MetricKind, double> Measured,
    EvaluationTrigger Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt);
