namespace CompliancePortal.Core.Documents;

/// <summary>
/// A table whose cells wrap; rows that do not fit continue on the next page under a repeated header row. A table with
/// no header (a key–value block) shades its first column instead. Column weights share out the text width.
/// </summary>
public sealed record TableElement(
    IReadOnlyList<TableCell>? Header,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    IReadOnlyList<double>? ColumnWeights = null) : DocumentElement
{
    public int ColumnCount => Math.Max(Header?.Count ?? 0, Rows.Count == 0 ? 0 : Rows.Max(r => r.Count));

    /// <summary>A table of plain-text cells.</summary>
    public static TableElement Of(IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? weights = null) =>
        new(header?.Select(TableCell.Text).ToList(), rows.Select(r => (IReadOnlyList<TableCell>)r.Select(TableCell.Text).ToList()).ToList(), weights);

    /// <summary>Label–value rows with the labels shaded.</summary>
    public static TableElement KeyValues(IEnumerable<(string Key, string Value)> rows, double keyWeight = 1, double valueWeight = 2.5) =>
        new(null, rows.Select(r => (IReadOnlyList<TableCell>)[TableCell.Text(r.Key), TableCell.Text(r.Value)]).ToList(), [keyWeight, valueWeight]);
}
