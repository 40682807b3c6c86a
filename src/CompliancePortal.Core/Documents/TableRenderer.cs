using PdfSharp.Drawing;

namespace CompliancePortal.Core.Documents;

/// <summary>
/// Lays out a table row by row. A row that does not fit moves to the next page under a repeated header; a row taller
/// than a whole page is split between its lines.
/// </summary>
internal sealed class TableRenderer(PageCursor cursor, LineBreaker breaker)
{
    public const double FontSize = 8;
    private const double Padding = 3;

    private static readonly XPen Border = new(XColor.FromArgb(0xb0, 0xb0, 0xb0), 0.5);
    private static readonly XBrush HeaderShade = new XSolidBrush(XColor.FromArgb(0xe4, 0xea, 0xf2));
    private static readonly XBrush KeyShade = new XSolidBrush(XColor.FromArgb(0xf2, 0xf2, 0xf2));

    public void Draw(TableElement table, double x, double width)
    {
        var columns = table.ColumnCount;
        if (columns == 0)
        {
            return;
        }
        var widths = ColumnWidths(table, columns, width);
        var header = table.Header is null ? null : LayOut(table.Header, widths, RunStyle.Bold);
        var lineHeight = FontSize * LineBreaker.Leading;
        var headerHeight = header is null ? 0 : Height(header, 0, int.MaxValue, lineHeight);

        cursor.Ensure(headerHeight + lineHeight + 2 * Padding);
        DrawHeader();
        foreach (var row in table.Rows)
        {
            var cells = LayOut(row, widths, RunStyle.Regular);
            var total = cells.Max(c => c.Count);
            var fullHeight = total * lineHeight + 2 * Padding;
            if (cursor.Y + fullHeight > cursor.Limit && fullHeight <= cursor.BodyHeight - headerHeight)
            {
                NewPageWithHeader();
            }
            var from = 0;
            while (from < total)
            {
                var fit = (int)Math.Floor((cursor.Limit - cursor.Y - 2 * Padding) / lineHeight);
                if (fit < 1)
                {
                    NewPageWithHeader();
                    continue;
                }
                var to = Math.Min(total, from + fit);
                DrawRow(cells, widths, x, from, to, lineHeight, table.Header is null ? KeyShade : null);
                from = to;
                if (from < total)
                {
                    NewPageWithHeader();
                }
            }
        }

        void DrawHeader()
        {
            if (header is not null)
            {
                DrawRow(header, widths, x, 0, header.Max(c => c.Count), lineHeight, HeaderShade);
            }
        }

        void NewPageWithHeader()
        {
            cursor.NewPage();
            DrawHeader();
        }
    }

    private void DrawRow(List<List<TextLine>> cells, double[] widths, double x, int from, int to, double lineHeight, XBrush? shade)
    {
        var height = (to - from) * lineHeight + 2 * Padding;
        var graphics = cursor.Graphics;
        var left = x;
        for (var c = 0; c < widths.Length; c++)
        {
            // The shade of a header-less table marks the first column as the labels.
            var fill = shade == KeyShade ? (c == 0 ? KeyShade : null) : shade;
            if (fill is not null)
            {
                graphics.DrawRectangle(fill, left, cursor.Y, widths[c], height);
            }
            graphics.DrawRectangle(Border, left, cursor.Y, widths[c], height);
            var lines = c < cells.Count ? cells[c] : [];
            for (var i = from; i < Math.Min(to, lines.Count); i++)
            {
                TextPainter.DrawLine(graphics, cursor.Page, lines[i], left + Padding, cursor.Y + Padding + (i - from) * lineHeight, TextPainter.Ink);
            }
            left += widths[c];
        }
        cursor.Y += height;
    }

    private List<List<TextLine>> LayOut(IReadOnlyList<TableCell> row, double[] widths, RunStyle extra) =>
        widths.Select((w, c) => c < row.Count
                ? breaker.Break(row[c].Runs.Select(r => r with { Style = r.Style | extra }), w - 2 * Padding, FontSize)
                : [])
            .ToList();

    private static double Height(List<List<TextLine>> cells, int from, int to, double lineHeight) =>
        (Math.Min(to, cells.Max(c => c.Count)) - from) * lineHeight + 2 * Padding;

    private static double[] ColumnWidths(TableElement table, int columns, double width)
    {
        var weights = Enumerable.Range(0, columns)
            .Select(c => table.ColumnWeights is { } w && c < w.Count && w[c] > 0 ? w[c] : 1.0)
            .ToArray();
        var sum = weights.Sum();
        return weights.Select(w => width * w / sum).ToArray();
    }
}
