namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>The path back from one prediction to the raw data: prediction → model version → runs → dataset versions → source systems.</summary>
public sealed record PredictionTraceView(TracedPrediction Prediction, VersionLineage Lineage, DateTimeOffset TracedAt);
