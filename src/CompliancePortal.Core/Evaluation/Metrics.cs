namespace CompliancePortal.Core.Evaluation;

/// <summary>Computes evaluation metrics from a golden set's labels and a model's outputs.</summary>
public static class Metrics
{
    /// <summary>Log loss clips probabilities to [ε, 1 − ε] so one confident mistake costs about 34.5, not infinity.</summary>
    public const double LogLossEpsilon = 1e-15;

    /// <summary>
    /// Computes <paramref name="kind"/> over the rows of a golden set.
    /// </summary>
    /// <param name="kind">The metric.</param>
    /// <param name="labels">The true value of each row: a class for classification metrics, a quantity for regression.</param>
    /// <param name="predictions">
    /// The model's output for each row, in the same order: the predicted class for accuracy, precision, recall and F1;
    /// the score of the positive class for ROC AUC; its probability (0 to 1) for log loss; the predicted quantity for
    /// RMSE, MAE and R².
    /// </param>
    /// <param name="positiveClass">The label value that counts as positive for the binary metrics; ignored by the others.</param>
    /// <exception cref="Common.ValidationFailedException">
    /// The inputs cannot give a meaningful value: no rows, a different number of predictions and labels, a value that is
    /// not a finite number, more than two classes for a binary metric, a single class for ROC AUC, probabilities outside
    /// 0 to 1 for log loss, or labels that do not vary for R².
    /// </exception>
    public static double Compute(MetricKind kind, ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, double positiveClass = 1)
    {
        MetricInputs.Check(kind, labels, predictions, positiveClass);
        return kind switch
        {
            MetricKind.Accuracy => Accuracy(labels, predictions),
            MetricKind.Precision => ConfusionCounts.Count(labels, predictions, positiveClass).Precision,
            MetricKind.Recall => ConfusionCounts.Count(labels, predictions, positiveClass).Recall,
            MetricKind.F1 => ConfusionCounts.Count(labels, predictions, positiveClass).F1,
            MetricKind.RocAuc => RankAuc.Compute(labels, predictions, positiveClass),
            MetricKind.LogLoss => LogLoss(labels, predictions, positiveClass),
            MetricKind.Rmse => RegressionSums.Of(labels, predictions).Rmse,
            MetricKind.Mae => RegressionSums.Of(labels, predictions).Mae,
            MetricKind.RSquared => RegressionSums.Of(labels, predictions).RSquared,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown metric."),
        };
    }

    // Exact equality, not the binary confusion counts: accuracy is also meaningful for more than two classes.
    private static double Accuracy(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions)
    {
        long correct = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == predictions[i])
            {
                correct++;
            }
        }
        return (double)correct / labels.Length;
    }

    private static double LogLoss(ReadOnlySpan<double> labels, ReadOnlySpan<double> probabilities, double positiveClass)
    {
        double sum = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var p = Math.Clamp(probabilities[i], LogLossEpsilon, 1 - LogLossEpsilon);
            sum -= labels[i] == positiveClass ? Math.Log(p) : Math.Log(1 - p);
        }
        return sum / labels.Length;
    }
}
