using System.Globalization;
using PdfSharp.Drawing;

namespace CompliancePortal.Core.Documents;

/// <summary>Draws a line chart of values over time as vectors: a framed plot, value and date labels, a legend.</summary>
internal sealed class ChartRenderer(PageCursor cursor, LayoutFonts fonts)
{
    private const double PlotHeight = 150;
    private const double LabelWidth = 44;

    private static readonly XColor[] Palette =
    [
        XColor.FromArgb(0x1f, 0x77, 0xb4), XColor.FromArgb(0xff, 0x7f, 0x0e), XColor.FromArgb(0x2c, 0xa0, 0x2c),
        XColor.FromArgb(0x94, 0x67, 0xbd), XColor.FromArgb(0x8c, 0x56, 0x4b), XColor.FromArgb(0x17, 0xbe, 0xcf),
    ];

    public void Draw(ChartElement chart, double x, double width)
    {
        var small = fonts.For(RunStyle.Regular, 7.5);
        var titleFont = fonts.For(RunStyle.Bold, 9);
        var legendRows = (int)Math.Ceiling(chart.Series.Count / 3.0);
        cursor.Ensure(14 + PlotHeight + 16 + legendRows * 11);
        var g = cursor.Graphics;
        g.DrawString(chart.Title, titleFont, new XSolidBrush(TextPainter.Ink), new XPoint(x, cursor.Y + 10));
        var top = cursor.Y + 14;
        var plot = new XRect(x + LabelWidth, top, width - LabelWidth, PlotHeight);

        var points = chart.Series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            g.DrawString("No values yet.", small, XBrushes.Gray, new XPoint(plot.X + 4, plot.Y + 12));
            cursor.Y = top + 20;
            return;
        }
        var values = points.Select(p => p.Value).Concat(chart.Threshold is { } t ? [t] : []).ToList();
        var (low, high) = Range(values.Min(), values.Max());
        var first = points.Min(p => p.At);
        var last = points.Max(p => p.At);
        var span = Math.Max((last - first).TotalSeconds, 1);

        double X(DateTimeOffset at) => points.Select(p => p.At).Distinct().Count() == 1
            ? plot.X + plot.Width / 2
            : plot.X + (at - first).TotalSeconds / span * plot.Width;
        double Y(double value) => plot.Bottom - (value - low) / (high - low) * plot.Height;

        var grid = new XPen(XColor.FromArgb(0xdd, 0xdd, 0xdd), 0.4);
        for (var i = 0; i <= 4; i++)
        {
            var v = low + (high - low) * i / 4;
            g.DrawLine(grid, plot.X, Y(v), plot.Right, Y(v));
            g.DrawString(v.ToString("0.###", CultureInfo.InvariantCulture), small, XBrushes.Gray,
                new XRect(x, Y(v) - 5, LabelWidth - 4, 10), XStringFormats.CenterRight);
        }
        g.DrawRectangle(new XPen(XColors.Gray, 0.6), plot);
        if (chart.Threshold is { } threshold)
        {
            var pen = new XPen(XColor.FromArgb(0xc0, 0x39, 0x2b), 0.8) { DashStyle = XDashStyle.Dash };
            g.DrawLine(pen, plot.X, Y(threshold), plot.Right, Y(threshold));
            g.DrawString("threshold", small, new XSolidBrush(pen.Color), new XPoint(plot.Right - 36, Y(threshold) - 2));
        }
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = Palette[s % Palette.Length];
            var ordered = chart.Series[s].Points.OrderBy(p => p.At).Select(p => new XPoint(X(p.At), Y(p.Value))).ToArray();
            if (ordered.Length > 1)
            {
                g.DrawLines(new XPen(color, 1.2), ordered);
            }
            foreach (var p in ordered)
            {
                g.DrawEllipse(new XSolidBrush(color), p.X - 1.8, p.Y - 1.8, 3.6, 3.6);
            }
        }
        g.DrawString(first.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), small, XBrushes.Gray, new XPoint(plot.X, plot.Bottom + 9));
        if (last != first)
        {
            g.DrawString(last.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), small, XBrushes.Gray,
                new XRect(plot.Right - 60, plot.Bottom + 2, 60, 10), XStringFormats.TopRight);
        }
        var legendTop = plot.Bottom + 14;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var lx = plot.X + s % 3 * (plot.Width / 3);
            var ly = legendTop + s / 3 * 11;
            g.DrawRectangle(new XSolidBrush(Palette[s % Palette.Length]), lx, ly + 2, 8, 5);
            g.DrawString(chart.Series[s].Name, small, new XSolidBrush(TextPainter.Ink), new XPoint(lx + 11, ly + 7.5));
        }
        cursor.Y = legendTop + legendRows * 11 + 4;
    }

    private static (double Low, double High) Range(double min, double max)
    {
        if (max - min < 1e-9)
        {
            var pad = Math.Abs(max) < 1e-9 ? 1 : Math.Abs(max) * 0.1;
            return (min - pad, max + pad);
        }
        var margin = (max - min) * 0.08;
        return (min - margin, max + margin);
    }
}
