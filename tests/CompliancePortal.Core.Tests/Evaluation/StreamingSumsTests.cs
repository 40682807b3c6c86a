using CompliancePortal.Core.Evaluation;
using static CompliancePortal.Core.Tests.Evaluation.KnownValues;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class StreamingSumsTests
{
    [Fact]
    public void ConfusionCounts_OfTheKnownBinarySet_AreFourTwoThreeOne()
    {
        var labels = BinaryLabels;

        var counts = ConfusionCounts.Count(labels, BinaryPredictions, positiveClass: 1);

        Assert.Equal(new ConfusionCounts(4, 2, 3, 1), counts);
    }

    [Fact]
    public void ConfusionCounts_OfBatches_AddUpToTheCountsOfTheWhole()
    {
        var whole = ConfusionCounts.Count(BinaryLabels, BinaryPredictions, 1);

        var batched = ConfusionCounts.Empty
            + ConfusionCounts.Count(BinaryLabels.AsSpan(0, 3), BinaryPredictions.AsSpan(0, 3), 1)
            + ConfusionCounts.Count(BinaryLabels.AsSpan(3), BinaryPredictions.AsSpan(3), 1);

        Assert.Equal(whole, batched);
        Assert.Equal(0.7272727272727272, batched.F1, Precision);
    }

    [Fact]
    public void RegressionSums_OfBatches_GiveTheMetricsOfTheWhole()
    {
        double[] labels = [3, -0.5, 2, 7];
        double[] predictions = [2.5, 0.0, 2, 8];

        var batched = RegressionSums.Empty
            + RegressionSums.Of(labels.AsSpan(0, 1), predictions.AsSpan(0, 1))
            + RegressionSums.Of(labels.AsSpan(1), predictions.AsSpan(1));

        Assert.Equal(4, batched.Count);
        Assert.Equal(0.6123724356957945, batched.Rmse, Precision);
        Assert.Equal(0.5, batched.Mae, Precision);
        Assert.Equal(0.9486081370449679, batched.RSquared, Precision);
    }

    [Fact]
    public void RegressionSums_OfNothing_HaveNoMetrics()
    {
        var sums = RegressionSums.Empty;

        var rmse = sums.Rmse;

        Assert.True(double.IsNaN(rmse));
        Assert.True(double.IsNaN(sums.Mae));
        Assert.True(double.IsNaN(sums.RSquared));
    }
}
