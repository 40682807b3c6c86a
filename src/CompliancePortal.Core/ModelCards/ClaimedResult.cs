namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// One metric a card's <c>model-index</c> claims for the model. It is what the authors say, not an evaluation the portal
/// ran, and is shown as such.
/// </summary>
public sealed record ClaimedResult(
    string? ModelName,
    string? TaskType,
    string? DatasetName,
    string? DatasetType,
    string? MetricType,
    string? MetricName,
    double? Value);
