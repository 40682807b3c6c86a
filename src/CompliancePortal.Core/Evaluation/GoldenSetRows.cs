using System.Globalization;
using CompliancePortal.Core.Common;
using CsvHelper;

namespace CompliancePortal.Core.Evaluation;

/// <summary>The rows of a golden set file, read column by column into a row-major matrix.</summary>
internal sealed class GoldenSetRows
{
    private const int MaxColumnsListed = 20;
    private const int MaxValueShown = 40;

    private GoldenSetRows(float[] features, double[] labels)
    {
        Features = features;
        Labels = labels;
    }

    public float[] Features { get; }

    public double[] Labels { get; }

    public static GoldenSetRows Read(CsvReader reader, string labelColumn, IReadOnlyList<string> featureColumns, int maxRows)
    {
        var hasRow = reader.Read();
        var header = reader.Headers.Select(h => h.Trim()).ToList();
        if (header.Count == 0 || header is [""])
        {
            throw GoldenSetCsv.Refused(GoldenSetCsv.FileField, "The file is empty: it needs a header row naming the columns, then one row per example.");
        }
        if (header.All(h => double.TryParse(h, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            throw GoldenSetCsv.Refused(GoldenSetCsv.FileField, $"The first line holds numbers ({Shorten(string.Join(", ", header))}), "
                + "not column names: the file needs a header row naming its columns.");
        }
        var errors = new ValidationErrors();
        var labelIndex = IndexOf(header, labelColumn, GoldenSetCsv.LabelColumnField, errors) ?? -1;
        var featureIndexes = new int[featureColumns.Count];
        for (var f = 0; f < featureColumns.Count; f++)
        {
            featureIndexes[f] = IndexOf(header, featureColumns[f], GoldenSetCsv.FeatureColumnsField, errors) ?? -1;
        }
        errors.ThrowIfAny();
        if (!hasRow)
        {
            throw GoldenSetCsv.Refused(GoldenSetCsv.FileField, "The file has a header but no rows: a golden set needs examples to score.");
        }

        var features = new List<float>();
        var labels = new List<double>();
        var row = new float[featureIndexes.Length];
        do
        {
            if (labels.Count == maxRows)
            {
                throw GoldenSetCsv.Refused(GoldenSetCsv.FileField, $"The file has more than {GoldenSetCsv.Format(maxRows)} rows, "
                    + "the most a golden set may have. Sample it down, or ask an administrator to raise the limit.");
            }
            if (reader.FieldCount != header.Count)
            {
                throw GoldenSetCsv.Refused(GoldenSetCsv.FileField, $"{Where(reader)} has {reader.FieldCount} values, but the header has "
                    + $"{header.Count} columns; every row needs one value per column.");
            }
            for (var f = 0; f < featureIndexes.Length; f++)
            {
                row[f] = ParseFeature(reader, featureIndexes[f], featureColumns[f]);
            }
            features.AddRange(row);
            labels.Add(ParseLabel(reader, labelIndex, labelColumn));
        }
        while (reader.Read());
        return new GoldenSetRows([.. features], [.. labels]);
    }

    private static int? IndexOf(List<string> header, string column, string field, ValidationErrors errors)
    {
        var matches = header.Select((name, index) => (name, index)).Where(h => h.name == column).ToList();
        if (matches.Count == 1)
        {
            return matches[0].index;
        }
        if (matches.Count > 1)
        {
            errors.Add(field, $"The header names {matches.Count} columns \"{column}\", so it is not clear which one to read.");
            return null;
        }
        // Names are matched exactly, so the definition states the file's own column names; a near miss is pointed out.
        var nearMiss = header.FirstOrDefault(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        var hint = nearMiss is null ? "" : $" Did you mean \"{nearMiss}\"?";
        var listed = string.Join(", ", header.Take(MaxColumnsListed).Select(h => $"\"{h}\""));
        var more = header.Count > MaxColumnsListed ? $" and {header.Count - MaxColumnsListed} more" : "";
        errors.Add(field, $"The file has no column \"{column}\".{hint} Its columns are: {listed}{more}.");
        return null;
    }

    private static float ParseFeature(CsvReader reader, int index, string column)
    {
        if (!float.TryParse(reader.GetSpan(index), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw NotANumber(reader, index, column, "Feature values must be numbers, with a dot as the decimal separator.");
        }
        // A missing value is refused rather than passed on: evaluators treat NaN differently (an error, a default
        // branch, an imputed mean), so the same golden set would not give the same evidence everywhere.
        return float.IsFinite(value) ? value : throw NotFinite(reader, index, column, "a 32-bit float (about ±3.4e38)");
    }

    private static double ParseLabel(CsvReader reader, int index, string column)
    {
        if (!double.TryParse(reader.GetSpan(index), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw NotANumber(reader, index, column, "Labels must be numbers: encode classes as numbers, such as 0 and 1.");
        }
        return double.IsFinite(value) ? value : throw NotFinite(reader, index, column, "a number");
    }

    private static ValidationFailedException NotANumber(CsvReader reader, int index, string column, string rule)
    {
        var text = reader.GetString(index);
        var what = string.IsNullOrWhiteSpace(text) ? "is empty" : $"has \"{Shorten(text)}\", which is not a number";
        return GoldenSetCsv.Refused(GoldenSetCsv.FileField, $"{Where(reader)}, column \"{column}\" {what}. {rule}");
    }

    private static ValidationFailedException NotFinite(CsvReader reader, int index, string column, string range) =>
        GoldenSetCsv.Refused(GoldenSetCsv.FileField, $"{Where(reader)}, column \"{column}\" has \"{Shorten(reader.GetString(index))}\": "
            + $"a golden set needs a finite value in every cell that fits {range}, with no missing values, NaN or infinity.");

    // Row numbers count examples, so the first row after the header is row 1; the line is what an editor shows.
    private static string Where(CsvReader reader) => $"Row {reader.RowNumber} (line {reader.LineNumber})";

    private static string Shorten(string text) => text.Length <= MaxValueShown ? text : text[..MaxValueShown] + "…";
}
