namespace CompliancePortal.Web.Api;

/// <summary>Run an evaluation: the golden set (its current version unless one is named) and the evaluator to score it with.</summary>
/// <param name="Trigger">Why the evaluation is run: <c>manual</c> (the default) or <c>promotion</c> (evidence for a promotion request).</param>
public sealed record RunEvaluationRequest(string? GoldenSet, int? GoldenSetVersion, EvaluatorRequest? Evaluator, string? Trigger = null);
