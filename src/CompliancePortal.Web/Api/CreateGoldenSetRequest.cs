using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Api;

/// <summary>A golden set's definition; its content is added afterwards as versions.</summary>
public sealed record CreateGoldenSetRequest(
    string? Name,
    string? LabelColumn,
    IReadOnlyList<string>? FeatureColumns,
    IReadOnlyList<MetricThresholdRequest>? Metrics,
    double? PositiveClass)
{
    /// <exception cref="ValidationFailedException">A metric is unknown or has no threshold.</exception>
    public GoldenSetDefinition ToDefinition()
    {
        var errors = new ValidationErrors();
        var metrics = new List<MetricDefinition>();
        foreach (var metric in Metrics ?? [])
        {
            if (!MetricKinds.TryParse(metric?.Kind, out var kind))
            {
                errors.Add(nameof(Metrics), $"There is no metric \"{metric?.Kind}\"; use accuracy, precision, recall, f1, rocAuc, logLoss, rmse, mae or rSquared.");
            }
            else if (metric!.Threshold is not { } threshold)
            {
                errors.Add(nameof(Metrics), $"Give the {kind.DisplayName()} threshold a model version must meet.");
            }
            else
            {
                metrics.Add(new MetricDefinition(kind, threshold));
            }
        }
        errors.ThrowIfAny();
        return new GoldenSetDefinition(Name ?? "", LabelColumn ?? "", FeatureColumns ?? [], metrics, PositiveClass ?? 1);
    }
}
