namespace CompliancePortal.Core.Demo;

public sealed record DemoDatasetVersion(string Dataset, string Label, string Uri, long RowCount, int DaysAgo);
