namespace CompliancePortal.Core.Demo;

public sealed record DemoVersion(string Model, string Label, string ChangeClass, string ArtifactUri, string CodeRepository,
    IReadOnlyList<string> Datasets, string RegisteredBy, int DaysAgo, string? Notes);
