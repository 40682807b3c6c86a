using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class MetricRefusalTests
{
    public static TheoryData<MetricKind> AllKinds => [.. Enum.GetValues<MetricKind>()];

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Compute_WithNoRows_IsRefused(MetricKind kind)
    {
        double[] labels = [];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(kind, labels, []));

        Assert.Equal("Labels", Assert.Single(refused.Errors).Key);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Compute_WithMorePredictionsThanLabels_IsRefusedWithBothCounts(MetricKind kind)
    {
        double[] labels = [0, 1, 1];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(kind, labels, [0, 1, 1, 0]));

        var message = Assert.Single(refused.Errors["Predictions"]);
        Assert.Contains("3 labels but 4 predictions", message);
    }

    [Theory]
    [InlineData(MetricKind.Accuracy)]
    [InlineData(MetricKind.RocAuc)]
    [InlineData(MetricKind.Rmse)]
    public void Compute_WithANaNLabel_IsRefusedNamingTheRow(MetricKind kind)
    {
        double[] labels = [0, 1, double.NaN, 1];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(kind, labels, [0, 1, 1, 1]));

        Assert.Contains("Row 3", Assert.Single(refused.Errors["Labels"]));
    }

    [Theory]
    [InlineData(MetricKind.F1, double.NaN)]
    [InlineData(MetricKind.LogLoss, double.NaN)]
    [InlineData(MetricKind.Mae, double.PositiveInfinity)]
    [InlineData(MetricKind.RSquared, double.NegativeInfinity)]
    public void Compute_WithANonFinitePrediction_IsRefusedNamingTheRow(MetricKind kind, double bad)
    {
        double[] labels = [0, 1, 0, 1];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(kind, labels, [0, bad, 0, 1]));

        Assert.Contains("Row 2", Assert.Single(refused.Errors["Predictions"]));
    }

    [Fact]
    public void Compute_WithANaNPositiveClass_IsRefused()
    {
        double[] labels = [0, 1];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(MetricKind.Recall, labels, [0, 1], double.NaN));

        Assert.Equal("PositiveClass", Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void RocAuc_WithLabelsOfOneClass_IsRefusedWithTheReason()
    {
        double[] labels = [1, 1, 1];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(MetricKind.RocAuc, labels, [0.2, 0.5, 0.9]));

        var message = Assert.Single(refused.Errors["Labels"]);
        Assert.Contains("needs both classes", message);
        Assert.Contains("all 3 labels are 1 (positive)", message);
    }

    [Theory]
    [InlineData(MetricKind.Precision)]
    [InlineData(MetricKind.Recall)]
    [InlineData(MetricKind.F1)]
    [InlineData(MetricKind.RocAuc)]
    [InlineData(MetricKind.LogLoss)]
    public void BinaryMetric_WithThreeLabelClasses_IsRefused(MetricKind kind)
    {
        double[] labels = [0, 1, 2, 1];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(kind, labels, [0, 1, 1, 1]));

        Assert.Contains("more than two classes (such as 0, 1, 2)", Assert.Single(refused.Errors["Labels"]));
    }

    [Fact]
    public void Precision_GivenProbabilitiesInsteadOfClasses_IsRefusedPointingToScoreMetrics()
    {
        double[] labels = [0, 1, 1, 0];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(MetricKind.Precision, labels, [0, 1, 0.73, 0]));

        var message = Assert.Single(refused.Errors["Predictions"]);
        Assert.Contains("row 3 predicts 0.73", message);
        Assert.Contains("ROC AUC or log loss", message);
    }

    [Fact]
    public void Recall_WithOneLabelClassAndTheOtherPredicted_IsAccepted()
    {
        double[] labels = [1, 1, 1];

        var value = Metrics.Compute(MetricKind.Recall, labels, [1, 0, 1]);

        Assert.Equal(2.0 / 3, value, KnownValues.Precision);
    }

    [Fact]
    public void F1_WithAPositiveClassThatNeverOccurs_IsRefused()
    {
        double[] labels = [0, 2, 2];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(MetricKind.F1, labels, [0, 2, 0]));

        Assert.Contains("positive class 1 appears in neither", Assert.Single(refused.Errors["PositiveClass"]));
    }

    [Fact]
    public void RocAuc_WithAPositiveClassThatIsNotALabel_IsRefused()
    {
        double[] labels = [0, 2, 2, 0];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(MetricKind.RocAuc, labels, [0.1, 0.9, 0.8, 0.3]));

        Assert.Contains("not one of the label classes (0, 2)", Assert.Single(refused.Errors["PositiveClass"]));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    public void LogLoss_WithAScoreThatIsNotAProbability_IsRefusedRatherThanClipped(double score)
    {
        double[] labels = [0, 1];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(MetricKind.LogLoss, labels, [0.2, score]));

        Assert.Contains("row 2", Assert.Single(refused.Errors["Predictions"]));
    }

    [Fact]
    public void RSquared_WithLabelsThatDoNotVary_IsRefusedWithTheReason()
    {
        double[] labels = [4, 4, 4];

        var refused = Assert.Throws<ValidationFailedException>(() => Metrics.Compute(MetricKind.RSquared, labels, [4, 4, 5]));

        Assert.Contains("all 3 labels are 4", Assert.Single(refused.Errors["Labels"]));
    }

    [Fact]
    public void Rmse_WithLabelsThatDoNotVary_IsAccepted()
    {
        double[] labels = [4, 4, 4];

        var value = Metrics.Compute(MetricKind.Rmse, labels, [4, 4, 7]);

        Assert.Equal(Math.Sqrt(3), value, KnownValues.Precision);
    }
}
