namespace CompliancePortal.Core.Evaluation;

/// <summary>A golden set as listed: its definition and its current version.</summary>
public sealed record GoldenSetView(
    string Name,
    string LabelColumn,
    IReadOnlyList<string> FeatureColumns,
    IReadOnlyList<MetricDefinition> Metrics,
    ProblemType Problem,
    double PositiveClass,
    int CurrentVersion,
    string? CurrentContentHash,
    DateTimeOffset CreatedAt)
{
    public static GoldenSetView From(GoldenSet set) => new(set.Name, set.LabelColumn, set.FeatureColumns, set.Metrics, set.Problem,
        set.PositiveClass, set.CurrentVersion, set.CurrentContentHash, set.CreatedAt);
}
