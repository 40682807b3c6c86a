using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CompliancePortal.Core.Documents;

/// <summary>Draws laid-out lines, adding a web link over every fragment that has one.</summary>
internal static class TextPainter
{
    public static readonly XColor Ink = XColor.FromArgb(0x22, 0x22, 0x22);
    public static readonly XColor LinkColor = XColor.FromArgb(0x1a, 0x4f, 0xa0);

    /// <summary>Draws lines from <see cref="PageCursor.Y"/> down, continuing on a new page whenever a line does not fit.</summary>
    public static void Flow(PageCursor cursor, IEnumerable<TextLine> lines, double x, XColor? color = null, XBrush? background = null, double backgroundWidth = 0)
    {
        foreach (var line in lines)
        {
            cursor.Ensure(line.Height);
            if (background is not null)
            {
                cursor.Graphics.DrawRectangle(background, x - 4, cursor.Y, backgroundWidth + 8, line.Height);
            }
            DrawLine(cursor.Graphics, cursor.Page, line, x, cursor.Y, color ?? Ink);
            cursor.Y += line.Height;
        }
    }

    public static void DrawLine(XGraphics graphics, PdfPage page, TextLine line, double x, double y, XColor color)
    {
        foreach (var f in line.Fragments)
        {
            var brush = new XSolidBrush(f.Link is null ? color : LinkColor);
            var top = y + (line.Height - f.Font.Size * LineBreaker.Leading) / 2 + f.Font.Size * 0.15;
            graphics.DrawString(f.Text, f.Font, brush, new XRect(x + f.X, top, f.Width, f.Font.Size * 1.2), XStringFormats.TopLeft);
            if (f.Link is not null && !string.IsNullOrWhiteSpace(f.Text))
            {
                var height = page.Height.Point;
                page.AddWebLink(new PdfRectangle(new XPoint(x + f.X, height - (y + line.Height)), new XPoint(x + f.X + f.Width, height - y)), f.Link);
            }
        }
    }
}
