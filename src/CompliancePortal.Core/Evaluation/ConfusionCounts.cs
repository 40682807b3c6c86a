namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// The binary confusion matrix of predicted classes against labels. Counts of separate batches add up with
/// <c>+</c>, so a large golden set can be scored in chunks without holding every prediction.
/// </summary>
public sealed record ConfusionCounts(long TruePositives, long FalsePositives, long TrueNegatives, long FalseNegatives)
{
    public static ConfusionCounts Empty { get; } = new(0, 0, 0, 0);

    public long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    // An undefined ratio (no positive predictions, or no positive labels) is 0, as scikit-learn's zero_division
    // default makes it: a model that never predicts the positive class then fails its threshold and that failure is
    // recorded, instead of the evaluation leaving no evidence at all.
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN): the harmonic mean of precision and recall, without dividing by either.</summary>
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    public static ConfusionCounts Count(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, double positiveClass)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predictions.Length, labels.Length, nameof(predictions));
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            switch ((labels[i] == positiveClass, predictions[i] == positiveClass))
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (false, false): tn++; break;
                case (true, false): fn++; break;
            }
        }
        return new ConfusionCounts(tp, fp, tn, fn);
    }

    public static ConfusionCounts operator +(ConfusionCounts left, ConfusionCounts right) => new(
        left.TruePositives + right.TruePositives,
        left.FalsePositives + right.FalsePositives,
        left.TrueNegatives + right.TrueNegatives,
        left.FalseNegatives + right.FalseNegatives);

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
