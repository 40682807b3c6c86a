namespace CompliancePortal.Core.Lineage;

public sealed record DatasetVersionView(
    Guid Id,
    string Reference,
    string DatasetKey,
    string DatasetName,
    string SourceSystemKey,
    string SourceSystemName,
    string Label,
    string Uri,
    string ContentHash,
    long? RowCount,
    string? SchemaHash,
    DateTimeOffset CapturedAt);
