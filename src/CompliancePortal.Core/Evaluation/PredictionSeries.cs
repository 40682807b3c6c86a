using System.Globalization;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// Picks, for each metric, the series of an evaluator's output that the metric reads: predicted classes for accuracy,
/// precision, recall and F1; the positive-class probability for ROC AUC and log loss; the predicted quantity for
/// regression metrics.
/// </summary>
internal static class PredictionSeries
{
    // A class is predicted from a probability the conventional way; a golden set that needs another cut-off should
    // have its evaluator return classes.
    private const double DecisionThreshold = 0.5;

    public static double[] For(MetricKind kind, Predictions predictions, double[] labels, double positiveClass)
    {
        if (predictions.Count != labels.Length)
        {
            throw new EvaluationRefusedException($"The evaluator returned {predictions.Count} predictions for {labels.Length} rows; "
                + "every row needs exactly one.");
        }
        if (kind.Problem() == ProblemType.Regression)
        {
            return predictions.Values ?? throw new EvaluationRefusedException(
                $"{kind.DisplayName()} needs the predicted quantity of each row, but the evaluator returned only probabilities.");
        }
        var scores = predictions.PositiveScores ?? (LookLikeProbabilities(predictions.Values!, labels, positiveClass) ? predictions.Values : null);
        if (kind.UsesScores())
        {
            return scores ?? throw new EvaluationRefusedException($"{kind.DisplayName()} needs the probability of the positive class "
                + $"({positiveClass.ToString(CultureInfo.InvariantCulture)}) for each row, but the evaluator returned predicted classes only.");
        }
        if (predictions.Values is { } values && !ReferenceEquals(values, scores))
        {
            return values;
        }
        var negative = labels.Cast<double?>().FirstOrDefault(l => l != positiveClass) ?? (positiveClass == 0 ? 1 : 0);
        return scores!.Select(s => s >= DecisionThreshold ? positiveClass : negative).ToArray();
    }

    // Plain numbers are classes when every one is a class of the golden set; otherwise, when all lie in [0, 1], they
    // are the probability of the positive class (a model served with predict_proba[:, 1]).
    private static bool LookLikeProbabilities(double[] values, double[] labels, double positiveClass)
    {
        var classes = labels.Append(positiveClass).ToHashSet();
        return !values.All(classes.Contains) && values.All(v => v is >= 0 and <= 1);
    }
}
