namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>A dataset version on the path back, with its hashes and the source system it comes from.</summary>
public sealed record TracedDatasetVersion(
    string Reference,
    string DatasetName,
    string? Namespace,
    string Uri,
    string? ContentSha256,
    string? ExternalVersion,
    LineageOrigin Origin,
    DateTimeOffset CapturedAt,
    string SourceSystemKey,
    bool PinnedByModelVersion);
