namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>Everything a model version came from: its training runs, the dataset versions back to the raw data, their source systems, and the gaps.</summary>
public sealed record VersionLineage(
    TracedModelVersion ModelVersion,
    IReadOnlyList<TracedRun> Runs,
    IReadOnlyList<TracedDatasetVersion> DatasetVersions,
    IReadOnlyList<TracedSourceSystem> SourceSystems,
    IReadOnlyList<LineageGap> Gaps);
