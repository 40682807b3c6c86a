using System.Text.Json;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Evaluation;

/// <summary>Which of a prediction's parts the scoring endpoint returns; every row must have the same parts.</summary>
internal readonly record struct MlflowPredictionShape(bool HasValue, bool HasScore)
{
    public Predictions ToPredictions(double[] values, double[] scores) => new(HasValue ? values : null, HasScore ? scores : null);

    public static MlflowPredictionShape Read(JsonElement[] batch, MlflowPredictionShape? expected, int start, double[] values, double[] scores)
    {
        var shape = expected;
        for (var i = 0; i < batch.Length; i++)
        {
            var row = start + i;
            var (value, score) = ReadOne(batch[i], row);
            var current = new MlflowPredictionShape(value is not null, score is not null);
            if (shape is { } known && known != current)
            {
                throw new EvaluationRefusedException($"Prediction {row + 1} has a different shape from the ones before it; "
                    + "every prediction must be the same kind (a number, a probability pair, or an object with the same properties).");
            }
            shape = current;
            values[row] = value ?? double.NaN;
            scores[row] = score ?? double.NaN;
        }
        return shape ?? new MlflowPredictionShape(true, false);
    }

    private static (double? Value, double? Score) ReadOne(JsonElement element, int row)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return (element.GetDouble(), null);
            case JsonValueKind.Array:
                return (null, PositiveProbability(element, row));
            case JsonValueKind.Object:
                double? value = element.TryGetProperty("prediction", out var p) ? Number(p, row, "prediction") : null;
                double? score = !element.TryGetProperty("probability", out var s) ? null
                    : s.ValueKind == JsonValueKind.Array ? PositiveProbability(s, row) : Number(s, row, "probability");
                return value is null && score is null ? throw Unreadable(row, "an object with neither \"prediction\" nor \"probability\"") : (value, score);
            default:
                throw Unreadable(row, $"a {element.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static double PositiveProbability(JsonElement pair, int row) => pair.GetArrayLength() == 2
        ? Number(pair[1], row, "probability")
        : throw Unreadable(row, $"an array of {pair.GetArrayLength()} values (only [p(negative), p(positive)] is understood)");

    private static double Number(JsonElement element, int row, string what) => element.ValueKind == JsonValueKind.Number
        ? element.GetDouble()
        : throw Unreadable(row, $"a {what} that is not a number");

    private static EvaluationRefusedException Unreadable(int row, string what) =>
        new($"Prediction {row + 1} is {what}. Return a number, [p(negative), p(positive)], or {{\"prediction\", \"probability\"}}.");
}
