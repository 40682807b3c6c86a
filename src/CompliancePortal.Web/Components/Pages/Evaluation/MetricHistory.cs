using CompliancePortal.Core.Evaluation;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

/// <summary>Each metric's value across a version's evaluations, oldest first: one chart series per metric, one point per evaluation.</summary>
internal sealed record MetricHistory(string[] Labels, List<ChartSeries<double>> Series)
{
    public static MetricHistory From(IEnumerable<EvaluationRunView> runs)
    {
        var ordered = runs.OrderBy(r => r.FinishedAt).ThenBy(r => r.RecordedAt).ToList();
        var labels = ordered.Select(r => r.FinishedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm")).ToArray();
        var series = ordered.SelectMany(r => r.Metrics).Select(m => m.Kind).Distinct().Order()
            .Select(kind => new ChartSeries<double>
            {
                Name = kind.DisplayName(),
                // An evaluation against a golden set without this metric leaves a gap rather than a misleading zero.
                Data = new ChartData<double>(ordered.Select(r => r.Metrics.FirstOrDefault(m => m.Kind == kind)?.Value).ToList()),
            })
            .ToList();
        return new MetricHistory(labels, series);
    }
}
