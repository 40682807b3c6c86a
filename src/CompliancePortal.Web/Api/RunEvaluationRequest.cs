namespace CompliancePortal.Web.Api;

/// <summary>Run an evaluation: the golden set (its current version unless one is named) and the evaluator to score it with.</summary>
public sealed record RunEvaluationRequest(string? GoldenSet, int? GoldenSetVersion, EvaluatorRequest? Evaluator);
