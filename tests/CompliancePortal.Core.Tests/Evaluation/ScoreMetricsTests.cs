using CompliancePortal.Core.Evaluation;
using static CompliancePortal.Core.Tests.Evaluation.KnownValues;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class ScoreMetricsTests
{
    [Fact]
    public void RocAuc_OnTheScikitLearnDocumentationExample_IsThreeQuarters()
    {
        double[] labels = [0, 0, 1, 1];

        var value = Metrics.Compute(MetricKind.RocAuc, labels, [0.1, 0.4, 0.35, 0.8]);

        Assert.Equal(0.75, value, Precision);
    }

    [Fact]
    public void RocAuc_WithTiedScores_CountsATiedPairAsOneHalf()
    {
        var labels = BinaryLabels;

        var value = Metrics.Compute(MetricKind.RocAuc, labels, TiedScores);

        Assert.Equal(0.88, value, Precision);
    }

    [Fact]
    public void RocAuc_WithZeroAsThePositiveClass_RanksTheOtherWay()
    {
        var labels = BinaryLabels;

        var value = Metrics.Compute(MetricKind.RocAuc, labels, TiedScores, positiveClass: 0);

        Assert.Equal(0.12, value, Precision);
    }

    [Theory]
    [InlineData(new[] { 0.1, 0.2, 0.8, 0.9 }, 1.0)]
    [InlineData(new[] { 0.9, 0.8, 0.2, 0.1 }, 0.0)]
    [InlineData(new[] { 0.5, 0.5, 0.5, 0.5 }, 0.5)]
    public void RocAuc_ForPerfectInvertedAndConstantScores_IsOneZeroAndOneHalf(double[] scores, double expected)
    {
        double[] labels = [0, 0, 1, 1];

        var value = Metrics.Compute(MetricKind.RocAuc, labels, scores);

        Assert.Equal(expected, value, Precision);
    }

    [Fact]
    public void RocAuc_AcceptsScoresOutsideZeroToOne()
    {
        double[] labels = [0, 1, 0, 1];

        var value = Metrics.Compute(MetricKind.RocAuc, labels, [-3.2, 4.0, 0.5, 12.0]);

        Assert.Equal(1.0, value, Precision);
    }

    [Fact]
    public void LogLoss_OnTheScikitLearnDocumentationExample_GivesTheKnownValue()
    {
        double[] labels = [1, 0, 0, 1];

        var value = Metrics.Compute(MetricKind.LogLoss, labels, [0.9, 0.1, 0.2, 0.65]);

        Assert.Equal(0.21616187468057912, value, Precision);
    }

    [Fact]
    public void LogLoss_WhenConfidentlyWrong_IsClippedToAFiniteValue()
    {
        double[] labels = [1, 0];

        var value = Metrics.Compute(MetricKind.LogLoss, labels, [0.0, 1.0]);

        Assert.Equal(34.53917619362578, value, Precision);
    }

    [Fact]
    public void LogLoss_WhenConfidentlyRight_IsClippedAboveZero()
    {
        double[] labels = [1, 0];

        var value = Metrics.Compute(MetricKind.LogLoss, labels, [1.0, 0.0]);

        Assert.Equal(9.992007221626415e-16, value, tolerance: 1e-28);
        Assert.True(value > 0);
    }

    [Fact]
    public void LogLoss_WithLabelsOfOneClass_IsStillDefined()
    {
        double[] labels = [0, 0];

        var value = Metrics.Compute(MetricKind.LogLoss, labels, [0.5, 0.5]);

        Assert.Equal(Math.Log(2), value, Precision);
    }
}
