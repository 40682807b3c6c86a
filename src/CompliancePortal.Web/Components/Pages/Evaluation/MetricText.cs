using System.Globalization;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

/// <summary>How metric values, thresholds and directions read on the page.</summary>
internal static class MetricText
{
    public static string Value(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Comparison(MetricDirection direction) => direction == MetricDirection.HigherIsBetter ? "≥" : "≤";

    public static string Direction(MetricDirection direction) =>
        direction == MetricDirection.HigherIsBetter ? "higher is better" : "lower is better";

    /// <summary>"accuracy ≥ 0.8": what a version must reach to pass.</summary>
    public static string Threshold(MetricDefinition metric) => $"{metric.Kind.DisplayName()} {Comparison(metric.Direction)} {Value(metric.Threshold)}";

    public static string TestId(MetricKind kind) => kind.ToString().ToLowerInvariant();
}
