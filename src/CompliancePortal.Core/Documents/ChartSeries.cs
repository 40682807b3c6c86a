namespace CompliancePortal.Core.Documents;

public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);
