using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CompliancePortal.Core.Documents;

/// <summary>Fills the reserved pages with the headings, dot leaders and page numbers, each line a link to its page.</summary>
internal static class ContentsRenderer
{
    private const double TitleHeight = 34;
    private const double EntryHeight = 16;

    public static int PagesFor(int entries, double bodyHeight)
    {
        var first = (int)((bodyHeight - TitleHeight) / EntryHeight);
        var next = (int)(bodyHeight / EntryHeight);
        return entries <= first ? 1 : 1 + (int)Math.Ceiling((entries - first) / (double)next);
    }

    public static void Draw(IReadOnlyList<PdfPage> pages, string title, IReadOnlyList<ContentsEntry> entries, LayoutFonts fonts)
    {
        var titleFont = fonts.For(RunStyle.Bold, 18);
        var chapterFont = fonts.For(RunStyle.Bold, 10);
        var sectionFont = fonts.For(RunStyle.Regular, 10);
        var ink = new XSolidBrush(TextPainter.Ink);
        var index = 0;
        for (var p = 0; p < pages.Count && index <= entries.Count; p++)
        {
            var page = pages[p];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var left = PageCursor.Margin;
            var right = page.Width.Point - PageCursor.Margin;
            var y = PageCursor.TopMargin;
            if (p == 0)
            {
                g.DrawString(title, titleFont, ink, new XRect(left, y, right - left, 24), XStringFormats.TopLeft);
                y += TitleHeight;
            }
            while (index < entries.Count && y + EntryHeight <= page.Height.Point - PageCursor.BottomMargin)
            {
                var entry = entries[index++];
                var font = entry.Level == 1 ? chapterFont : sectionFont;
                var x = entry.Level == 1 ? left : left + 14;
                var number = entry.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var numberWidth = g.MeasureString(number, font).Width;
                var text = Fit(g, entry.Text, font, right - x - numberWidth - 24);
                var textWidth = g.MeasureString(text, font).Width;
                g.DrawString(text, font, ink, new XPoint(x, y + 11));
                g.DrawString(number, font, ink, new XPoint(right - numberWidth, y + 11));
                var dots = new XPen(XColors.Gray, 0.6) { DashStyle = XDashStyle.Dot };
                g.DrawLine(dots, x + textWidth + 4, y + 10, right - numberWidth - 4, y + 10);
                var height = page.Height.Point;
                page.AddDocumentLink(new PdfRectangle(new XPoint(x, height - (y + EntryHeight)), new XPoint(right, height - y)), entry.PageNumber);
                y += EntryHeight;
            }
            if (index == entries.Count)
            {
                break;
            }
        }
    }

    private static string Fit(XGraphics g, string text, XFont font, double width)
    {
        if (g.MeasureString(text, font).Width <= width)
        {
            return text;
        }
        var cut = text;
        while (cut.Length > 1 && g.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }
        return cut.TrimEnd() + "…";
    }
}
