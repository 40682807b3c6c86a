namespace CompliancePortal.Core.Demo;

/// <summary>The shape of <c>assets/demo/demo-data.json</c>: realistic people and registry content for the embedded default.</summary>
public sealed record DemoData(
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoSourceSystem> SourceSystems,
    IReadOnlyList<DemoDataset> Datasets,
    IReadOnlyList<DemoDatasetVersion> DatasetVersions,
    IReadOnlyList<DemoModel> Models,
    IReadOnlyList<DemoVersion> Versions);

public sealed record DemoPerson(string ObjectId, string DisplayName, string Email, string Title, IReadOnlyList<string> Roles);

public sealed record DemoSourceSystem(string Key, string Name, string Kind, string? Description);

public sealed record DemoDataset(string Key, string Name, string SourceSystem, string? Description);

public sealed record DemoDatasetVersion(string Dataset, string Label, string Uri, long RowCount, int DaysAgo);

public sealed record DemoModel(string Key, string Name, string Purpose, string BusinessUse, string RiskTier, string Owner, string? BackupOwner);

public sealed record DemoVersion(string Model, string Label, string ChangeClass, string ArtifactUri, string CodeRepository,
    IReadOnlyList<string> Datasets, string RegisteredBy, int DaysAgo, string? Notes);
