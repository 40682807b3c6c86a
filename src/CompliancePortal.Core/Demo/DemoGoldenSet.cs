namespace CompliancePortal.Core.Demo;

/// <summary>A golden set of a demo model, with its first version read from <see cref="File"/> (relative to the demo data file).</summary>
public sealed record DemoGoldenSet(string Model, string Name, string File, string LabelColumn, IReadOnlyList<string> FeatureColumns,
    IReadOnlyList<DemoMetric> Metrics, string CreatedBy);
