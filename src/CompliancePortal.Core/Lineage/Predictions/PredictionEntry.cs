namespace CompliancePortal.Core.Lineage.Predictions;

/// <summary>One prediction in a batch a serving system posts.</summary>
public sealed record PredictionEntry(string PredictionId, string ModelKey, string Version, DateTimeOffset PredictedAt, string InputHash,
    IReadOnlyList<SourceRecordReference>? SourceRecords);
