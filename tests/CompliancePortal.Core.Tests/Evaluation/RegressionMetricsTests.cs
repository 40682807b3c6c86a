using CompliancePortal.Core.Evaluation;
using static CompliancePortal.Core.Tests.Evaluation.KnownValues;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class RegressionMetricsTests
{
    [Theory]
    [InlineData(MetricKind.Rmse, 0.6123724356957945)]
    [InlineData(MetricKind.Mae, 0.5)]
    [InlineData(MetricKind.RSquared, 0.9486081370449679)]
    public void Compute_OnTheScikitLearnDocumentationExample_GivesTheKnownValue(MetricKind kind, double expected)
    {
        double[] labels = [3, -0.5, 2, 7];

        var value = Metrics.Compute(kind, labels, [2.5, 0.0, 2, 8]);

        Assert.Equal(expected, value, Precision);
    }

    [Theory]
    [InlineData(MetricKind.Rmse, 0.5)]
    [InlineData(MetricKind.Mae, 0.5)]
    [InlineData(MetricKind.RSquared, 0.8786407766990292)]
    public void Compute_WithEveryPredictionHalfAUnitOff_GivesTheKnownValue(MetricKind kind, double expected)
    {
        double[] labels = [1.5, 2.0, 3.5, 4.0, 5.5];

        var value = Metrics.Compute(kind, labels, [1.0, 2.5, 3.0, 4.5, 6.0]);

        Assert.Equal(expected, value, Precision);
    }

    [Theory]
    [InlineData(MetricKind.Rmse, 1.2909944487358056)]
    [InlineData(MetricKind.Mae, 1.0)]
    [InlineData(MetricKind.RSquared, -1.5)]
    public void Compute_ForAModelWorseThanTheMean_GivesANegativeRSquared(MetricKind kind, double expected)
    {
        double[] labels = [1, 2, 3];

        var value = Metrics.Compute(kind, labels, [3, 3, 3]);

        Assert.Equal(expected, value, Precision);
    }

    [Theory]
    [InlineData(MetricKind.Rmse, 0.0)]
    [InlineData(MetricKind.Mae, 0.0)]
    [InlineData(MetricKind.RSquared, 1.0)]
    public void Compute_ForPerfectPredictions_GivesNoErrorAndFullRSquared(MetricKind kind, double expected)
    {
        double[] labels = [10, 20, 30];

        var value = Metrics.Compute(kind, labels, [10, 20, 30]);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void RSquared_OfLargeCloseLabels_KeepsItsDigits()
    {
        // A naive sum of squares minus n·mean² loses every significant digit here; Welford's update does not.
        double[] labels = [1e9 + 1, 1e9 + 2, 1e9 + 3];

        var value = Metrics.Compute(MetricKind.RSquared, labels, [1e9 + 1, 1e9 + 2, 1e9 + 4]);

        Assert.Equal(0.5, value, Precision);
    }
}
