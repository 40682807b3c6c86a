using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CompliancePortal.Core.Documents;

/// <summary>Where the next block goes: the current A4 page, its graphics, and the vertical position within the text area.</summary>
internal sealed class PageCursor(PdfDocument document) : IDisposable
{
    public const double Margin = 56;
    public const double TopMargin = 56;
    public const double BottomMargin = 64;

    private XGraphics? _graphics;
    private PdfPage? _page;

    public PdfDocument Document => document;

    public PdfPage Page => _page ?? throw new InvalidOperationException("No page yet.");

    /// <summary>Opened on first use, so a page nothing is drawn on by the cursor (one kept for the contents) gets no empty content stream.</summary>
    public XGraphics Graphics => _graphics ??= XGraphics.FromPdfPage(Page);

    public double Y { get; set; }

    public double Left => Margin;

    public double Width => Page.Width.Point - 2 * Margin;

    public double Limit => Page.Height.Point - BottomMargin;

    public double BodyHeight => Limit - TopMargin;

    /// <summary>The 1-based number of the current page.</summary>
    public int PageNumber => document.PageCount;

    public bool AtTop => Y <= TopMargin + 0.01;

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = null;
        Y = TopMargin;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> still fits on this one (or this one is empty anyway).</summary>
    public void Ensure(double height)
    {
        if (_page is null || (Y + height > Limit && !AtTop))
        {
            NewPage();
        }
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _graphics = null;
    }
}
