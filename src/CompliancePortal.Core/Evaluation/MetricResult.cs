namespace CompliancePortal.Core.Evaluation;

/// <summary>One metric of one evaluation: the value computed, the threshold it was held to, and whether it passed.</summary>
public sealed record MetricResult(MetricKind Kind, double Value, double Threshold, bool Passed);
