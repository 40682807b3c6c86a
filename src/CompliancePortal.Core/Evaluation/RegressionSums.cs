namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// Running sums for RMSE, MAE and R². The labels' mean and sum of squared deviations are kept the Welford way
/// rather than as a sum of squares, which loses every digit when labels are large and close together; batches
/// combine exactly (Chan et al.), so a large golden set can be scored in chunks.
/// </summary>
public sealed record RegressionSums(long Count, double SquaredError, double AbsoluteError, double LabelMean, double LabelSquaredDeviations)
{
    public static RegressionSums Empty { get; } = new(0, 0, 0, 0, 0);

    public double Rmse => Count == 0 ? double.NaN : Math.Sqrt(SquaredError / Count);

    public double Mae => Count == 0 ? double.NaN : AbsoluteError / Count;

    /// <summary>1 − SSres / SStot; NaN when the labels do not vary, since there is then nothing to explain.</summary>
    public double RSquared => LabelSquaredDeviations == 0 ? double.NaN : 1 - SquaredError / LabelSquaredDeviations;

    public static RegressionSums Of(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predictions.Length, labels.Length, nameof(predictions));
        double squared = 0, absolute = 0, mean = 0, deviations = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var error = labels[i] - predictions[i];
            squared += error * error;
            absolute += Math.Abs(error);
            var delta = labels[i] - mean;
            mean += delta / (i + 1);
            deviations += delta * (labels[i] - mean);
        }
        return new RegressionSums(labels.Length, squared, absolute, mean, deviations);
    }

    public static RegressionSums operator +(RegressionSums left, RegressionSums right)
    {
        if (left.Count == 0)
        {
            return right;
        }
        if (right.Count == 0)
        {
            return left;
        }
        var count = left.Count + right.Count;
        var delta = right.LabelMean - left.LabelMean;
        return new RegressionSums(
            count,
            left.SquaredError + right.SquaredError,
            left.AbsoluteError + right.AbsoluteError,
            left.LabelMean + delta * right.Count / count,
            left.LabelSquaredDeviations + right.LabelSquaredDeviations + delta * delta * left.Count * right.Count / count);
    }
}
