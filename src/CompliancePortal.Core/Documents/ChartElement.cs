namespace CompliancePortal.Core.Documents;

/// <summary>A line chart of values over time drawn as vector graphics, one line per series, with an optional threshold line.</summary>
public sealed record ChartElement(string Title, IReadOnlyList<ChartSeries> Series, double? Threshold = null) : DocumentElement;
