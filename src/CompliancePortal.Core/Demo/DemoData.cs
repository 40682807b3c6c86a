namespace CompliancePortal.Core.Demo;

/// <summary>The shape of <c>assets/demo/demo-data.json</c>: realistic people and registry content for the embedded default.</summary>
public sealed record DemoData(
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoSourceSystem> SourceSystems,
    IReadOnlyList<DemoDataset> Datasets,
    IReadOnlyList<DemoDatasetVersion> DatasetVersions,
    IReadOnlyList<DemoModel> Models,
    IReadOnlyList<DemoVersion> Versions,
    IReadOnlyList<DemoGoldenSet>? GoldenSets = null,
    IReadOnlyList<DemoBoard>? Boards = null,
    IReadOnlyList<DemoMeeting>? Meetings = null);
