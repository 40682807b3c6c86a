using System.Globalization;
using System.Security.Cryptography;
using CompliancePortal.Core.Common;
using CsvHelper;

namespace CompliancePortal.Core.Evaluation;

/// <summary>Reads a golden set from CSV: a header row naming the columns, then one row per example, every value a number.</summary>
public static class GoldenSetCsv
{
    public const int DefaultMaxRows = 1_000_000;

    public const string FileField = "File";
    public const string LabelColumnField = nameof(GoldenSetDefinition.LabelColumn);
    public const string FeatureColumnsField = nameof(GoldenSetDefinition.FeatureColumns);

    // The separator is fixed rather than detected: a golden set is evidence, and how its bytes are read must not
    // depend on a guess. An unclosed quote is refused rather than recovered from, since recovery would silently
    // merge rows. A row longer than 1 MiB is no golden-set row, and the cap stops an unclosed quote near the start
    // from buffering the whole file.
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        MaxRecordSize = 1 << 20,
    };

    /// <summary>
    /// Reads the label and feature columns of every row, and hashes every byte of <paramref name="csv"/> (read to its end,
    /// left open) so the result names the exact file it came from.
    /// </summary>
    /// <exception cref="ValidationFailedException">
    /// The file cannot be a golden set for these columns; the errors say where (fields <c>File</c>, <c>LabelColumn</c>,
    /// <c>FeatureColumns</c>), naming rows and columns.
    /// </exception>
    public static GoldenSetTable Read(Stream csv, string labelColumn, IReadOnlyList<string> featureColumns, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var label = labelColumn?.Trim() ?? "";
        var features = (featureColumns ?? []).Select(f => f?.Trim() ?? "").ToList();
        CheckRequestedColumns(label, features);

        using var sha256 = SHA256.Create();
        using var hashing = new CryptoStream(csv, sha256, CryptoStreamMode.Read, leaveOpen: true);
        GoldenSetRows rows;
        using (var reader = CsvReader.Create(hashing, Options, leaveOpen: true))
        {
            try
            {
                rows = GoldenSetRows.Read(reader, label, features, maxRows);
            }
            catch (CsvFormatException e)
            {
                var where = e.LineNumber > 0 ? $"Line {e.LineNumber}" : "The file";
                throw Refused(FileField, $"{where} is not valid CSV: {e.Message}");
            }
        }
        // The reader reads to the end today; draining keeps the version covering every byte should it ever stop early.
        hashing.CopyTo(Stream.Null);
        return new GoldenSetTable(label, features, rows.Features, rows.Labels, Convert.ToHexStringLower(sha256.Hash!));
    }

    internal static ValidationFailedException Refused(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });

    private static void CheckRequestedColumns(string label, List<string> features)
    {
        var errors = new ValidationErrors()
            .When(label.Length == 0, LabelColumnField, "Name the column that holds the label of each row.")
            .When(features.Count == 0, FeatureColumnsField, "Name at least one feature column.")
            .When(features.Any(f => f.Length == 0), FeatureColumnsField, "A feature column name is blank.")
            .When(label.Length > 0 && features.Contains(label, StringComparer.Ordinal), FeatureColumnsField,
                $"The label column \"{label}\" cannot also be a feature: the model would be given the answer.");
        foreach (var duplicate in features.Where(f => f.Length > 0).GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(FeatureColumnsField, $"The feature column \"{duplicate.Key}\" is listed twice.");
        }
        errors.ThrowIfAny();
    }

    internal static string Format(long number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
