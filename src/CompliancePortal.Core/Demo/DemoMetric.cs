namespace CompliancePortal.Core.Demo;

/// <summary>A metric of a demo golden set: its <see cref="Evaluation.MetricKind"/> name and pass threshold.</summary>
public sealed record DemoMetric(string Kind, double Threshold);
