namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// Results an external harness posts for a model version. The portal judges the metrics against the golden set's
/// own thresholds; pass/fail is never taken from the poster.
/// </summary>
/// <param name="GoldenSet">The golden set's name.</param>
/// <param name="GoldenSetVersion">The SHA-256 of the golden-set version scored.</param>
/// <param name="Metrics">Each metric by name (accuracy, precision, recall, f1, rocAuc, logLoss, rmse, mae, rSquared) with its value.</param>
public sealed record PostedEvaluation(
    string? GoldenSet,
    string? GoldenSetVersion,
    EvaluatorIdentity? Evaluator,
    IReadOnlyDictionary<string, double>? Metrics,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt);
