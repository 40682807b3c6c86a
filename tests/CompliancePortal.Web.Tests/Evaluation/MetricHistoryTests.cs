using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Components.Pages.Evaluation;

namespace CompliancePortal.Web.Tests.Evaluation;

public sealed class MetricHistoryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_OrdersEvaluationsOldestFirstWithOneSeriesPerMetric()
    {
        var runs = new[]
        {
            Run(Monday.AddDays(1), (MetricKind.Accuracy, 0.9), (MetricKind.F1, 0.7)),
            Run(Monday, (MetricKind.F1, 0.6), (MetricKind.Accuracy, 0.8)),
        };

        var history = MetricHistory.From(runs);

        Assert.Equal(["2026-03-02 09:00", "2026-03-03 09:00"], history.Labels);
        Assert.Equal(["accuracy", "F1"], history.Series.Select(s => s.Name));
        Assert.Equal([0.8, 0.9], history.Series[0].Data.Values);
        Assert.Equal([0.6, 0.7], history.Series[1].Data.Values);
    }

    [Fact]
    public void From_AnEvaluationWithoutAMetric_LeavesAGapInThatSeriesRatherThanAZero()
    {
        var runs = new[]
        {
            Run(Monday, (MetricKind.Accuracy, 0.8)),
            Run(Monday.AddDays(1), (MetricKind.Accuracy, 0.85), (MetricKind.RocAuc, 0.9)),
        };

        var rocAuc = MetricHistory.From(runs).Series.Single(s => s.Name == "ROC AUC");

        Assert.Equal(2, rocAuc.Data.Count);
        Assert.False(rocAuc.Data[0].HasValue);
        Assert.True(rocAuc.Data[1].HasValue);
        Assert.Equal(0.9, rocAuc.Data.GetValue(1));
    }

    private static EvaluationRunView Run(DateTimeOffset finishedAt, params (MetricKind Kind, double Value)[] metrics) => new(
        Guid.NewGuid(), "credit-default-pd", "2.0.0", "holdout-2026", 1, new string('a', 64), "harness", "v1", EvaluationTrigger.Posted,
        EvaluationSource.Posted, true, metrics.Select(m => new MetricResult(m.Kind, m.Value, 0.5, true)).ToList(), new string('b', 64),
        finishedAt.AddMinutes(-1), finishedAt, 60, "Olivia Owens", finishedAt);
}
