namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// The evaluation a revalidation review asks for: the model's production version, scored in-process by the built-in
/// ONNX evaluator against the current version of the model's current golden set.
/// </summary>
public sealed record ScheduledEvaluation(Guid ReviewId, string ModelKey, string Version, string GoldenSet);
