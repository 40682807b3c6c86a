namespace CompliancePortal.Core.Lineage.Trace;

public sealed record TracedPrediction(string PredictionId, DateTimeOffset PredictedAt, string InputSha256, System.Text.Json.JsonElement SourceRecords);
