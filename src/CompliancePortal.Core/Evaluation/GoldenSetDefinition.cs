using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Evaluation;

/// <summary>What a golden set is for: which column is the answer, which columns the model reads, and the metrics it must meet.</summary>
public sealed record GoldenSetDefinition(
    string Name,
    string LabelColumn,
    IReadOnlyList<string> FeatureColumns,
    IReadOnlyList<MetricDefinition> Metrics,
    double PositiveClass = 1)
{
    public const int MaxNameLength = 200;

    /// <summary>The problem the metrics measure; null when there are none or they are mixed (which validation refuses).</summary>
    public ProblemType? Problem => Metrics?.Select(m => m.Kind.Problem()).Distinct().ToList() is [var only] ? only : null;

    public ValidationErrors Validate()
    {
        var name = Name?.Trim() ?? "";
        var label = LabelColumn?.Trim() ?? "";
        var features = (FeatureColumns ?? []).Select(f => f?.Trim() ?? "").ToList();
        var metrics = Metrics ?? [];
        var errors = new ValidationErrors()
            .When(name.Length == 0, nameof(Name), "Give the golden set a name.")
            .When(name.Length > MaxNameLength, nameof(Name), $"The name is {name.Length} characters long; at most {MaxNameLength} fit.")
            .When(label.Length == 0, nameof(LabelColumn), "Name the column that holds the true value (the label) of each row.")
            .When(features.Count == 0, nameof(FeatureColumns), "Name at least one feature column: the inputs the model is scored on.")
            .When(features.Any(f => f.Length == 0), nameof(FeatureColumns), "A feature column name is blank.")
            .When(metrics.Count == 0, nameof(Metrics), "Choose at least one metric with a pass threshold; without one an evaluation cannot pass or fail.");
        foreach (var duplicate in features.Where(f => f.Length > 0).GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(nameof(FeatureColumns), $"The feature column \"{duplicate.Key}\" is listed twice.");
        }
        // Scoring a model with the answer among its inputs would make any model look perfect.
        errors.When(label.Length > 0 && features.Contains(label, StringComparer.Ordinal), nameof(FeatureColumns),
            $"The label column \"{label}\" cannot also be a feature: the model would be given the answer.");
        ValidateMetrics(metrics, errors);
        errors.When(Problem == ProblemType.Classification && !double.IsFinite(PositiveClass), nameof(PositiveClass),
            "The positive class must be a label value, such as 1.");
        return errors;
    }

    private static void ValidateMetrics(IReadOnlyList<MetricDefinition> metrics, ValidationErrors errors)
    {
        foreach (var metric in metrics)
        {
            var name = metric.Kind.DisplayName();
            errors.When(!Enum.IsDefined(metric.Kind), nameof(Metrics), $"There is no metric \"{metric.Kind}\".")
                .When(Enum.IsDefined(metric.Kind) && !metric.Kind.AcceptsThreshold(metric.Threshold), nameof(Metrics),
                    $"The {name} threshold must be {metric.Kind.ThresholdRule()}, not {MetricInputs.Format(metric.Threshold)}.")
                // Each of these metrics has one natural direction; the other way round, a worse model would pass.
                .When(Enum.IsDefined(metric.Kind) && metric.Direction != metric.Kind.DefaultDirection(), nameof(Metrics),
                    $"For {name}, {Describe(metric.Kind.DefaultDirection())}; a threshold the other way round would pass worse models.");
        }
        foreach (var duplicate in metrics.GroupBy(m => m.Kind).Where(g => g.Count() > 1))
        {
            errors.Add(nameof(Metrics), $"{duplicate.Key.DisplayName()} is listed twice; give each metric one threshold.");
        }
        // A golden set's label is either a class or a quantity. Accuracy on a quantity asks whether two real numbers are
        // exactly equal, and RMSE on classes measures distances between arbitrary class codes: both give numbers that
        // look like evidence and mean nothing. The model's output also differs (a class or probability against an
        // estimate), so one evaluator run cannot serve both.
        if (metrics.Select(m => m.Kind.Problem()).Distinct().Count() > 1)
        {
            errors.Add(nameof(Metrics), "Classification metrics (accuracy, precision, recall, F1, ROC AUC, log loss) and regression "
                + "metrics (RMSE, MAE, R²) cannot be mixed: a label is either a class or a quantity.");
        }
    }

    private static string Describe(MetricDirection direction) =>
        direction == MetricDirection.HigherIsBetter ? "higher is better" : "lower is better";
}
