namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// A golden set as read from its file: the feature matrix row-major (the layout an ONNX tensor of shape
/// [rows, features] takes as is), the label of each row, and the SHA-256 of the exact bytes read, which is the
/// golden set's content-addressed version.
/// </summary>
public sealed record GoldenSetTable
{
    public GoldenSetTable(string labelColumn, IReadOnlyList<string> featureColumns, float[] features, double[] labels, string contentHash)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(features.Length, labels.Length * featureColumns.Count, nameof(features));
        LabelColumn = labelColumn;
        FeatureColumns = featureColumns;
        Features = features;
        Labels = labels;
        ContentHash = contentHash;
    }

    public string LabelColumn { get; }

    /// <summary>The feature columns in the order asked for, which is the order of each row in <see cref="Features"/>.</summary>
    public IReadOnlyList<string> FeatureColumns { get; }

    public float[] Features { get; }

    public double[] Labels { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes, byte order mark and line endings included.</summary>
    public string ContentHash { get; }

    public int RowCount => Labels.Length;

    public int FeatureCount => FeatureColumns.Count;

    public ReadOnlySpan<float> Row(int index) => Features.AsSpan(index * FeatureCount, FeatureCount);
}
