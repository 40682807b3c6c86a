namespace CompliancePortal.Core.Evaluation;

/// <summary>What the portal knows about each <see cref="MetricKind"/>.</summary>
public static class MetricKinds
{
    public static ProblemType Problem(this MetricKind kind) => kind switch
    {
        MetricKind.Rmse or MetricKind.Mae or MetricKind.RSquared => ProblemType.Regression,
        _ => ProblemType.Classification,
    };

    /// <summary>Errors and losses fall as a model improves; scores and R² rise.</summary>
    public static MetricDirection DefaultDirection(this MetricKind kind) => kind switch
    {
        MetricKind.LogLoss or MetricKind.Rmse or MetricKind.Mae => MetricDirection.LowerIsBetter,
        _ => MetricDirection.HigherIsBetter,
    };

    /// <summary>Whether the metric scores probabilities of the positive class rather than predicted classes.</summary>
    public static bool UsesScores(this MetricKind kind) => kind is MetricKind.RocAuc or MetricKind.LogLoss;

    public static string DisplayName(this MetricKind kind) => kind switch
    {
        MetricKind.F1 => "F1",
        MetricKind.RocAuc => "ROC AUC",
        MetricKind.LogLoss => "log loss",
        MetricKind.Rmse => "RMSE",
        MetricKind.Mae => "MAE",
        MetricKind.RSquared => "R²",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether a pass threshold is a value the metric can take at all; one it can never reach is a typo.</summary>
    public static bool AcceptsThreshold(this MetricKind kind, double threshold) => double.IsFinite(threshold) && kind switch
    {
        MetricKind.LogLoss or MetricKind.Rmse or MetricKind.Mae => threshold >= 0,
        // R² has no lower bound: a model worse than predicting the mean scores below zero.
        MetricKind.RSquared => threshold <= 1,
        _ => threshold is >= 0 and <= 1,
    };

    public static string ThresholdRule(this MetricKind kind) => kind switch
    {
        MetricKind.LogLoss or MetricKind.Rmse or MetricKind.Mae => "a number of 0 or more",
        MetricKind.RSquared => "a number of at most 1",
        _ => "a number from 0 to 1",
    };

    /// <summary>
    /// Reads a metric name as an API client writes it: the enum name in any case, with or without separators
    /// (<c>rocAuc</c>, <c>roc_auc</c>, <c>ROC-AUC</c>), or <c>r2</c> for R².
    /// </summary>
    public static bool TryParse(string? name, out MetricKind kind)
    {
        var compact = new string((name ?? "").Where(char.IsLetterOrDigit).ToArray());
        if (compact.Equals("r2", StringComparison.OrdinalIgnoreCase))
        {
            kind = MetricKind.RSquared;
            return true;
        }
        return Enum.TryParse(compact, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !compact.All(char.IsDigit);
    }
}
