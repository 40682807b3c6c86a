using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class MetricDefinitionTests
{
    [Theory]
    [InlineData(MetricKind.Accuracy, MetricDirection.HigherIsBetter)]
    [InlineData(MetricKind.Precision, MetricDirection.HigherIsBetter)]
    [InlineData(MetricKind.Recall, MetricDirection.HigherIsBetter)]
    [InlineData(MetricKind.F1, MetricDirection.HigherIsBetter)]
    [InlineData(MetricKind.RocAuc, MetricDirection.HigherIsBetter)]
    [InlineData(MetricKind.LogLoss, MetricDirection.LowerIsBetter)]
    [InlineData(MetricKind.Rmse, MetricDirection.LowerIsBetter)]
    [InlineData(MetricKind.Mae, MetricDirection.LowerIsBetter)]
    [InlineData(MetricKind.RSquared, MetricDirection.HigherIsBetter)]
    public void Definition_WithoutADirection_TakesTheMetricsNaturalOne(MetricKind kind, MetricDirection expected)
    {
        var definition = new MetricDefinition(kind, 0.5);

        var direction = definition.Direction;

        Assert.Equal(expected, direction);
    }

    [Theory]
    [InlineData(0.81, true)]
    [InlineData(0.8, true)]
    [InlineData(0.79, false)]
    public void HigherIsBetter_PassesAtOrAboveTheThreshold(double value, bool passes)
    {
        var definition = new MetricDefinition(MetricKind.Accuracy, 0.8);

        var result = definition.Judge(value);

        Assert.Equal(new MetricResult(MetricKind.Accuracy, value, 0.8, passes), result);
    }

    [Theory]
    [InlineData(0.29, true)]
    [InlineData(0.3, true)]
    [InlineData(0.31, false)]
    public void LowerIsBetter_PassesAtOrBelowTheThreshold(double value, bool passes)
    {
        var definition = new MetricDefinition(MetricKind.LogLoss, 0.3);

        var result = definition.Judge(value);

        Assert.Equal(passes, result.Passed);
    }

    [Fact]
    public void Judge_OfAComputedValueExactlyOnTheThreshold_Passes()
    {
        var accuracy = Metrics.Compute(MetricKind.Accuracy, KnownValues.BinaryLabels, KnownValues.BinaryPredictions);

        var result = new MetricDefinition(MetricKind.Accuracy, 0.7).Judge(accuracy);

        Assert.True(result.Passed);
    }

    [Theory]
    [InlineData(MetricKind.Accuracy)]
    [InlineData(MetricKind.Rmse)]
    public void Judge_OfNaN_Fails(MetricKind kind)
    {
        var definition = new MetricDefinition(kind, 0.5);

        var result = definition.Judge(double.NaN);

        Assert.False(result.Passed);
    }
}
