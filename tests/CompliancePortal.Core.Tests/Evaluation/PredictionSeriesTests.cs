using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class PredictionSeriesTests
{
    private static readonly double[] Labels = [0, 1, 0, 1];

    [Fact]
    public void ClassMetric_FromProbabilitiesOnly_CutsAtOneHalf()
    {
        var predictions = new Predictions(null, [0.2, 0.5, 0.49, 0.9]);

        var series = PredictionSeries.For(MetricKind.Accuracy, predictions, Labels, 1);

        Assert.Equal([0, 1, 0, 1], series);
    }

    [Fact]
    public void ClassMetric_WithBothClassesAndProbabilities_TakesTheClasses()
    {
        var predictions = new Predictions([1, 1, 0, 0], [0.2, 0.5, 0.49, 0.9]);

        var series = PredictionSeries.For(MetricKind.F1, predictions, Labels, 1);

        Assert.Equal([1, 1, 0, 0], series);
    }

    [Fact]
    public void ScoreMetric_FromPlainNumbersThatAreNotAllClasses_ReadsThemAsProbabilities()
    {
        var predictions = new Predictions([0.1, 0.7, 0.2, 0.9], null);

        var scores = PredictionSeries.For(MetricKind.LogLoss, predictions, Labels, 1);
        var classes = PredictionSeries.For(MetricKind.Accuracy, predictions, Labels, 1);

        Assert.Equal([0.1, 0.7, 0.2, 0.9], scores);
        Assert.Equal([0, 1, 0, 1], classes);
    }

    [Fact]
    public void ScoreMetric_FromPredictedClassesOnly_IsRefused()
    {
        var predictions = new Predictions([0, 1, 1, 1], null);

        var refusal = Assert.Throws<EvaluationRefusedException>(() => PredictionSeries.For(MetricKind.RocAuc, predictions, Labels, 1));

        Assert.Contains("probability of the positive class", refusal.Message);
    }

    [Fact]
    public void AnyMetric_WithADifferentNumberOfPredictionsThanRows_IsRefused()
    {
        var predictions = new Predictions([0, 1], null);

        var refusal = Assert.Throws<EvaluationRefusedException>(() => PredictionSeries.For(MetricKind.Accuracy, predictions, Labels, 1));

        Assert.Contains("2 predictions for 4 rows", refusal.Message);
    }

    [Fact]
    public void RegressionMetric_FromProbabilitiesOnly_IsRefused()
    {
        var predictions = new Predictions(null, [0.2, 0.5, 0.49, 0.9]);

        Assert.Throws<EvaluationRefusedException>(() => PredictionSeries.For(MetricKind.Rmse, predictions, Labels, 1));
    }
}
