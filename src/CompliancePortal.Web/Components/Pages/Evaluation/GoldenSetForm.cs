using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

/// <summary>The new-golden-set form's input, turned into the definition the service validates.</summary>
internal sealed class GoldenSetForm
{
    public string? Name { get; set; }

    public string? LabelColumn { get; set; }

    /// <summary>Feature column names separated by commas, as they appear in the CSV header.</summary>
    public string? FeatureColumns { get; set; }

    public double PositiveClass { get; set; } = 1;

    public IReadOnlyList<MetricChoice> Metrics { get; } = Enum.GetValues<MetricKind>().Select(k => new MetricChoice(k, DefaultThreshold(k))).ToList();

    public IEnumerable<MetricChoice> MetricsFor(ProblemType problem) => Metrics.Where(m => m.Kind.Problem() == problem);

    public GoldenSetDefinition ToDefinition() => new(
        Name ?? "",
        LabelColumn ?? "",
        (FeatureColumns ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Metrics.Where(m => m.Selected).Select(m => m.ToDefinition()).ToList(),
        PositiveClass);

    // Starting points only: a person picks the threshold their validation plan sets.
    private static double DefaultThreshold(MetricKind kind) => kind switch
    {
        MetricKind.LogLoss => 0.5,
        MetricKind.Rmse or MetricKind.Mae => 1,
        MetricKind.RSquared => 0.5,
        _ => 0.8,
    };
}
