namespace CompliancePortal.Web.Api;

/// <summary>A metric a golden set requires: its name (accuracy, rocAuc, rmse…) and the pass threshold.</summary>
public sealed record MetricThresholdRequest(string? Kind, double? Threshold);
