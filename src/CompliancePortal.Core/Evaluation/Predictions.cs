namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// What an evaluator returned for each row: the predicted value (a class, or a quantity for regression), the
/// probability of the positive class, or both. Each array, when present, has one entry per row.
/// </summary>
public sealed record Predictions(double[]? Values, double[]? PositiveScores)
{
    public int Count => Values?.Length ?? PositiveScores?.Length ?? 0;
}
