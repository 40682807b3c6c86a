namespace CompliancePortal.Core.Evaluation;

/// <summary>An evaluation the portal is asked to run: a model version against a golden set (its current version unless one is named).</summary>
public sealed record EvaluationRequest(string ModelKey, string Version, string GoldenSet, int? GoldenSetVersion, EvaluationTrigger Trigger);
