using System.Globalization;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Evaluation;

/// <summary>Refuses inputs from which a metric would be a number that looks like evidence but means nothing.</summary>
internal static class MetricInputs
{
    public const string Labels = "Labels";
    public const string Predictions = "Predictions";
    public const string PositiveClass = "PositiveClass";

    public static void Check(MetricKind kind, ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, double positiveClass)
    {
        var errors = new ValidationErrors();
        var output = kind.UsesScores() ? "score" : "prediction";
        errors.When(labels.IsEmpty, Labels, "There are no rows to evaluate.")
            .When(labels.Length != predictions.Length, Predictions,
                $"There are {labels.Length} labels but {predictions.Length} predictions; every row needs exactly one of each.")
            .When(kind.Problem() == ProblemType.Classification && !double.IsFinite(positiveClass), PositiveClass,
                $"The positive class must be a label value, such as 1, not {Format(positiveClass)}.");
        if (FirstNonFinite(labels) is { } badLabel)
        {
            errors.Add(Labels, $"Row {badLabel + 1} has a label that is not a finite number ({Format(labels[badLabel])}).");
        }
        if (FirstNonFinite(predictions) is { } badPrediction)
        {
            errors.Add(Predictions, $"Row {badPrediction + 1} has a {output} that is not a finite number ({Format(predictions[badPrediction])}).");
        }
        errors.ThrowIfAny();

        switch (kind)
        {
            case MetricKind.Precision or MetricKind.Recall or MetricKind.F1:
                CheckPredictedClasses(kind, labels, predictions, positiveClass, errors);
                break;
            case MetricKind.RocAuc or MetricKind.LogLoss:
                CheckScoredClasses(kind, labels, predictions, positiveClass, errors);
                break;
            case MetricKind.RSquared when labels.IndexOfAnyExcept(labels[0]) < 0:
                errors.Add(Labels, $"R² compares the model's errors with the spread of the labels, but all {labels.Length} labels are "
                    + $"{Format(labels[0])}, so there is no spread to explain. Add rows with other values, or use RMSE or MAE.");
                break;
        }
        errors.ThrowIfAny();
    }

    private static void CheckPredictedClasses(MetricKind kind, ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions,
        double positiveClass, ValidationErrors errors)
    {
        var classes = FirstThreeClasses(labels);
        if (classes.Count > 2)
        {
            errors.Add(Labels, $"{Name(kind)} is a binary metric, but the labels hold more than two classes (such as {List(classes)}).");
            return;
        }
        for (var i = 0; i < predictions.Length; i++)
        {
            if (classes.Contains(predictions[i]))
            {
                continue;
            }
            // A third value is nearly always a probability passed where a class was expected; comparing it with the
            // positive class would quietly count it as a negative.
            if (classes.Count == 2)
            {
                errors.Add(Predictions, $"{Name(kind)} compares predicted classes with the labels, but row {i + 1} predicts "
                    + $"{Format(predictions[i])}, a third value besides {List(classes)}. If the model outputs scores, use ROC AUC "
                    + "or log loss, or turn the scores into classes first.");
                return;
            }
            classes.Add(predictions[i]);
        }
        if (!classes.Contains(positiveClass))
        {
            errors.Add(PositiveClass, $"The positive class {Format(positiveClass)} appears in neither the labels nor the predictions ({List(classes)}).");
        }
    }

    private static void CheckScoredClasses(MetricKind kind, ReadOnlySpan<double> labels, ReadOnlySpan<double> scores,
        double positiveClass, ValidationErrors errors)
    {
        var classes = FirstThreeClasses(labels);
        if (classes.Count > 2)
        {
            errors.Add(Labels, $"{Name(kind)} is a binary metric, but the labels hold more than two classes (such as {List(classes)}).");
        }
        else if (classes.Count == 2 && !classes.Contains(positiveClass))
        {
            errors.Add(PositiveClass, $"The positive class {Format(positiveClass)} is not one of the label classes ({List(classes)}).");
        }
        else if (kind == MetricKind.RocAuc && classes.Count == 1)
        {
            var which = labels[0] == positiveClass ? "positive" : "negative";
            errors.Add(Labels, $"ROC AUC needs both classes among the labels: it is the chance that a randomly chosen positive row "
                + $"scores above a randomly chosen negative one, which is undefined when all {labels.Length} labels are "
                + $"{Format(labels[0])} ({which}). Add rows of the other class to the golden set.");
        }
        if (kind == MetricKind.LogLoss && FirstOutsideUnitInterval(scores) is { } row)
        {
            // Clipping is for 0 and 1 exactly; a value outside them is not a probability (a logit, a percentage), and
            // clipping it would hide that.
            errors.Add(Predictions, $"Log loss needs the predicted probability of the positive class, from 0 to 1, "
                + $"but row {row + 1} has {Format(scores[row])}.");
        }
    }

    // Distinct values up to the third: enough to tell binary from not without collecting every value of a large set.
    private static List<double> FirstThreeClasses(ReadOnlySpan<double> values)
    {
        var classes = new List<double>(3);
        foreach (var value in values)
        {
            if (!classes.Contains(value))
            {
                classes.Add(value);
                if (classes.Count == 3)
                {
                    break;
                }
            }
        }
        return classes;
    }

    private static int? FirstNonFinite(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }
        return null;
    }

    private static int? FirstOutsideUnitInterval(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is < 0 or > 1)
            {
                return i;
            }
        }
        return null;
    }

    private static string Name(MetricKind kind)
    {
        var name = kind.DisplayName();
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string List(IEnumerable<double> values) => string.Join(", ", values.Order().Select(Format));

    internal static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
