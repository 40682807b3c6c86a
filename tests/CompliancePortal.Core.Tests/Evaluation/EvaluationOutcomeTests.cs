using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class EvaluationOutcomeTests
{
    private static readonly MetricResult GoodAuc = new(MetricKind.RocAuc, 0.91, 0.85, true);
    private static readonly MetricResult GoodF1 = new(MetricKind.F1, 0.72, 0.7, true);
    private static readonly MetricResult BadLogLoss = new(MetricKind.LogLoss, 0.41, 0.35, false);

    [Fact]
    public void Outcome_WhenEveryMetricPasses_Passes()
    {
        var results = new[] { GoodAuc, GoodF1 };

        var outcome = new EvaluationOutcome(results);

        Assert.True(outcome.Passed);
        Assert.Empty(outcome.Failed);
        Assert.Equal(results, outcome.Results);
    }

    [Fact]
    public void Outcome_WhenOneMetricFails_FailsAndNamesIt()
    {
        var results = new[] { GoodAuc, BadLogLoss, GoodF1 };

        var outcome = new EvaluationOutcome(results);

        Assert.False(outcome.Passed);
        Assert.Equal([BadLogLoss], outcome.Failed);
        Assert.Equal([MetricKind.LogLoss], outcome.FailedKinds);
    }

    [Fact]
    public void Outcome_WithNoResults_IsRefusedRatherThanPassed()
    {
        var results = Array.Empty<MetricResult>();

        var refused = Assert.Throws<DomainRuleException>(() => new EvaluationOutcome(results));

        Assert.Contains("at least one metric", refused.Message);
    }
}
