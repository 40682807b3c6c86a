using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CompliancePortal.Core.Documents;

/// <summary>
/// The portal's PDF layout over PDFsharp: lays out a <see cref="DocumentSpec"/> on A4 pages with wrapping, page breaks,
/// tables with repeated headers, images, charts, a table of contents, bookmarks and "Page n of m" footers.
/// </summary>
public static class PdfDocumentWriter
{
    /// <summary>The laid-out document, not yet saved, so a caller can sign it before saving.</summary>
    public static PdfDocument Layout(DocumentSpec spec)
    {
        DocumentFonts.Install();
        var document = new PdfDocument();
        document.Info.Title = spec.Title;
        document.Info.Author = spec.Author;
        document.Info.Subject = spec.Subject;
        document.Info.Creator = "Compliance Portal";
        if (spec.CreatedAt is { } created)
        {
            document.Info.CreationDate = created.UtcDateTime;
            document.Info.ModificationDate = created.UtcDateTime;
        }
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;

        var fonts = new LayoutFonts();
        using (var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards))
        using (var cursor = new PageCursor(document))
        {
            var renderer = new DocumentRenderer(cursor, fonts, measure);
            renderer.RenderDocument(spec.Elements);
            cursor.Dispose();
            if (renderer.Contents is { } contents)
            {
                ContentsRenderer.Draw(contents.Pages, contents.Title, renderer.Entries, fonts);
            }
        }
        DrawFooters(document, spec.Footer, fonts);
        return document;
    }

    /// <summary>The saved document; the same spec with a <see cref="DocumentSpec.CreatedAt"/> gives the same bytes.</summary>
    public static byte[] Write(DocumentSpec spec)
    {
        var document = Layout(spec);
        var id = ReproduciblePdf.Prepare(document);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return ReproduciblePdf.Finish(stream.ToArray(), id);
    }

    private static void DrawFooters(PdfDocument document, string footer, LayoutFonts fonts)
    {
        var font = fonts.For(RunStyle.Regular, 7.5);
        var total = document.PageCount;
        for (var i = 0; i < total; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - PageCursor.BottomMargin + 26;
            var left = PageCursor.Margin;
            var right = page.Width.Point - PageCursor.Margin;
            g.DrawLine(new XPen(XColors.LightGray, 0.5), left, y - 10, right, y - 10);
            var number = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {total}");
            var numberWidth = g.MeasureString(number, font).Width;
            g.DrawString(number, font, XBrushes.DimGray, new XPoint(right - numberWidth, y));
            var text = footer;
            while (text.Length > 1 && g.MeasureString(text, font).Width > right - left - numberWidth - 16)
            {
                text = text[..^2] + "…";
            }
            g.DrawString(text, font, XBrushes.DimGray, new XPoint(left, y));
        }
    }
}
