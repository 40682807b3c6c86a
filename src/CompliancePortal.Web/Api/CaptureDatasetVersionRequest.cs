namespace CompliancePortal.Web.Api;

public sealed record CaptureDatasetVersionRequest(string? Label, string? Uri, string? ContentHash, long? RowCount, string? SchemaHash,
    DateTimeOffset? CapturedAt);
