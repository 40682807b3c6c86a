namespace CompliancePortal.Core.Tests.Evaluation;

/// <summary>
/// Inputs shared by the metric tests. Expected values in the tests come from <c>known_values.py</c> beside this file,
/// which computes each metric from its textbook definition with the Python standard library only.
/// </summary>
internal static class KnownValues
{
    /// <summary>10 rows: 4 true positives, 2 false positives, 3 true negatives, 1 false negative (positive class 1).</summary>
    public static readonly double[] BinaryLabels = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0];

    public static readonly double[] BinaryPredictions = [1, 0, 0, 1, 0, 1, 1, 0, 1, 1];

    /// <summary>Three rows score 0.4, a positive tied with a negative among them.</summary>
    public static readonly double[] TiedScores = [0.9, 0.1, 0.4, 0.8, 0.4, 0.6, 0.7, 0.2, 0.4, 0.3];

    /// <summary>Equal to the exact value to 12 decimal places, so a different but equivalent order of operations still passes.</summary>
    public const int Precision = 12;
}
