namespace CompliancePortal.Web.Api;

public sealed record PredictionRequest(string? PredictionId, string? ModelKey, string? Version, DateTimeOffset? PredictedAt, string? InputHash,
    IReadOnlyList<SourceRecordRequest>? SourceRecords);
