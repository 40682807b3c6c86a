using CompliancePortal.Core.Evaluation;
using static CompliancePortal.Core.Tests.Evaluation.KnownValues;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class ClassificationMetricsTests
{
    [Theory]
    [InlineData(MetricKind.Accuracy, 0.7)]
    [InlineData(MetricKind.Precision, 0.6666666666666666)]
    [InlineData(MetricKind.Recall, 0.8)]
    [InlineData(MetricKind.F1, 0.7272727272727272)]
    public void Compute_OnBinaryClasses_GivesTheKnownValue(MetricKind kind, double expected)
    {
        var labels = BinaryLabels;

        var value = Metrics.Compute(kind, labels, BinaryPredictions);

        Assert.Equal(expected, value, Precision);
    }

    [Theory]
    [InlineData(MetricKind.Accuracy, 0.7)]
    [InlineData(MetricKind.Precision, 0.75)]
    [InlineData(MetricKind.Recall, 0.6)]
    [InlineData(MetricKind.F1, 0.6666666666666665)]
    public void Compute_WithZeroAsThePositiveClass_CountsZerosAsPositives(MetricKind kind, double expected)
    {
        var labels = BinaryLabels;

        var value = Metrics.Compute(kind, labels, BinaryPredictions, positiveClass: 0);

        Assert.Equal(expected, value, Precision);
    }

    [Fact]
    public void Accuracy_OnMoreThanTwoClasses_IsTheShareOfExactMatches()
    {
        double[] labels = [0, 1, 2, 2, 1];

        var value = Metrics.Compute(MetricKind.Accuracy, labels, [0, 2, 2, 2, 1]);

        Assert.Equal(0.8, value, Precision);
    }

    [Fact]
    public void Precision_WhenNothingIsPredictedPositive_IsZeroSoTheThresholdFails()
    {
        double[] labels = [1, 0, 1, 0];

        var value = Metrics.Compute(MetricKind.Precision, labels, [0, 0, 0, 0]);

        Assert.Equal(0, value);
    }

    [Fact]
    public void F1_WhenNoPositiveIsFound_IsZero()
    {
        double[] labels = [1, 1, 0];

        var value = Metrics.Compute(MetricKind.F1, labels, [0, 0, 1]);

        Assert.Equal(0, value);
    }

    [Fact]
    public void Recall_WhenEveryPositiveIsFound_IsOne()
    {
        double[] labels = [1, 1, 0, 0];

        var value = Metrics.Compute(MetricKind.Recall, labels, [1, 1, 1, 0]);

        Assert.Equal(1, value);
    }

    [Fact]
    public void Precision_WithPositiveClassesOtherThanZeroAndOne_UsesTheConfiguredClass()
    {
        double[] labels = [2, 5, 5, 2];

        var value = Metrics.Compute(MetricKind.Precision, labels, [5, 5, 2, 2], positiveClass: 5);

        Assert.Equal(0.5, value);
    }
}
