using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CompliancePortal.Core.Documents;

/// <summary>Walks the blocks of a document and lays them out page by page, noting where each listed heading lands.</summary>
internal sealed class DocumentRenderer
{
    public const double BodySize = 10;
    private static readonly double[] HeadingSizes = [18, 14, 12, 10.5];
    private static readonly XColor HeadingColor = XColor.FromArgb(0x14, 0x2f, 0x55);
    private static readonly XBrush CodeShade = new XSolidBrush(XColor.FromArgb(0xf3, 0xf3, 0xf3));

    private readonly PageCursor _cursor;
    private readonly LineBreaker _breaker;
    private readonly LayoutFonts _fonts;
    private readonly TableRenderer _tables;
    private readonly ChartRenderer _charts;
    private readonly DiagramRenderer _diagrams;
    private readonly List<ContentsEntry> _entries = [];
    private PdfOutline? _lastChapter;

    public DocumentRenderer(PageCursor cursor, LayoutFonts fonts, XGraphics measure)
    {
        _cursor = cursor;
        _fonts = fonts;
        _breaker = new LineBreaker(fonts, measure);
        _tables = new TableRenderer(cursor, _breaker);
        _charts = new ChartRenderer(cursor, fonts);
        _diagrams = new DiagramRenderer(cursor, _breaker);
    }

    public IReadOnlyList<ContentsEntry> Entries => _entries;

    /// <summary>The pages kept free for the table of contents, and its title; null when the document has none.</summary>
    public (IReadOnlyList<PdfPage> Pages, string Title)? Contents { get; private set; }

    public void RenderDocument(IReadOnlyList<DocumentElement> elements)
    {
        _cursor.NewPage();
        Render(elements, _cursor.Left, _cursor.Width, topLevel: true);
    }

    private void Render(IEnumerable<DocumentElement> elements, double x, double width, bool topLevel)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case HeadingElement h:
                    Heading(h, x, width, topLevel);
                    break;
                case ParagraphElement p:
                    TextPainter.Flow(_cursor, _breaker.Break(p.Runs, width, p.Small ? 8.5 : BodySize), x);
                    _cursor.Y += 5;
                    break;
                case ListElement list:
                    List(list, x, width);
                    break;
                case CodeElement code:
                    _cursor.Y += 2;
                    TextPainter.Flow(_cursor, _breaker.Break([new TextRun(code.Text.TrimEnd('\n'), RunStyle.Code)], width - 8, 9, preserveSpaces: true),
                        x + 4, background: CodeShade, backgroundWidth: width - 8);
                    _cursor.Y += 7;
                    break;
                case QuoteElement quote:
                    Quote(quote, x, width);
                    break;
                case RuleElement:
                    _cursor.Ensure(8);
                    _cursor.Graphics.DrawLine(new XPen(XColors.LightGray, 0.8), x, _cursor.Y + 4, x + width, _cursor.Y + 4);
                    _cursor.Y += 10;
                    break;
                case PageBreakElement:
                    if (!_cursor.AtTop)
                    {
                        _cursor.NewPage();
                    }
                    break;
                case ContentsElement contents:
                    ReserveContents(contents, elements);
                    break;
                case TableElement table:
                    _tables.Draw(table, x, width);
                    _cursor.Y += 8;
                    break;
                case ImageElement image:
                    Image(image, x, width);
                    break;
                case ChartElement chart:
                    _charts.Draw(chart, x, width);
                    _cursor.Y += 8;
                    break;
                case DiagramElement diagram:
                    _diagrams.Draw(diagram, x, width);
                    _cursor.Y += 8;
                    break;
                default:
                    throw new NotSupportedException($"No layout for {element.GetType().Name}.");
            }
        }
    }

    private void Heading(HeadingElement heading, double x, double width, bool topLevel)
    {
        var level = Math.Clamp(heading.Level, 1, HeadingSizes.Length);
        var size = HeadingSizes[level - 1];
        var lines = _breaker.Break([new TextRun(heading.Text, RunStyle.Bold)], width, size);
        if (!_cursor.AtTop)
        {
            _cursor.Y += level <= 2 ? 10 : 6;
        }
        // Keep a heading with at least two lines of what follows it.
        _cursor.Ensure(lines.Sum(l => l.Height) + 2 * BodySize * LineBreaker.Leading);
        if (topLevel && heading.InContents && level <= 2)
        {
            _entries.Add(new ContentsEntry(level, heading.Text, _cursor.PageNumber));
            if (level == 1 || _lastChapter is null)
            {
                _lastChapter = _cursor.Document.Outlines.Add(heading.Text, _cursor.Page, true);
            }
            else
            {
                _lastChapter.Outlines.Add(heading.Text, _cursor.Page);
            }
        }
        TextPainter.Flow(_cursor, lines, x, HeadingColor);
        if (level == 1)
        {
            _cursor.Graphics.DrawLine(new XPen(HeadingColor, 0.8), x, _cursor.Y + 1, x + width, _cursor.Y + 1);
            _cursor.Y += 3;
        }
        _cursor.Y += 4;
    }

    private void List(ListElement list, double x, double width)
    {
        const double indent = 16;
        var number = list.Start;
        foreach (var item in list.Items)
        {
            var marker = list.Ordered ? $"{number++}." : "•";
            var lineHeight = BodySize * LineBreaker.Leading;
            _cursor.Ensure(lineHeight);
            var markerLine = _breaker.Break([new TextRun(marker)], indent, BodySize)[0];
            TextPainter.DrawLine(_cursor.Graphics, _cursor.Page, markerLine, x, _cursor.Y, TextPainter.Ink);
            var before = _cursor.Y;
            Render(item, x + indent, width - indent, topLevel: false);
            if (_cursor.Y == before)
            {
                _cursor.Y += lineHeight;
            }
            // Paragraphs inside items need less room than between paragraphs.
            _cursor.Y -= 3;
        }
        _cursor.Y += 5;
    }

    private void Quote(QuoteElement quote, double x, double width)
    {
        var page = _cursor.PageNumber;
        var top = _cursor.Y;
        Render(quote.Content, x + 12, width - 12, topLevel: false);
        var from = page == _cursor.PageNumber ? top : PageCursor.TopMargin;
        _cursor.Graphics.DrawLine(new XPen(XColors.LightGray, 2.5), x + 3, from, x + 3, _cursor.Y - 4);
    }

    private void Image(ImageElement image, double x, double width)
    {
        using var stream = new MemoryStream(image.Data);
        using var picture = XImage.FromStream(stream);
        var drawWidth = Math.Min(image.Width, width);
        var drawHeight = drawWidth * picture.PixelHeight / Math.Max(1, picture.PixelWidth);
        if (drawHeight > _cursor.BodyHeight - 20)
        {
            drawHeight = _cursor.BodyHeight - 20;
            drawWidth = drawHeight * picture.PixelWidth / Math.Max(1, picture.PixelHeight);
        }
        var caption = image.Caption is null ? [] : _breaker.Break([new TextRun(image.Caption, RunStyle.Italic)], width, 8.5);
        _cursor.Ensure(drawHeight + caption.Sum(l => l.Height) + 4);
        _cursor.Graphics.DrawImage(picture, x, _cursor.Y, drawWidth, drawHeight);
        _cursor.Y += drawHeight + 3;
        TextPainter.Flow(_cursor, caption, x, XColors.DimGray);
        _cursor.Y += 8;
    }

    // The contents go on pages of their own, reserved now and filled in at the end. How many pages they need is known
    // up front: one line per listed heading, and the headings are all in the element list.
    private void ReserveContents(ContentsElement contents, IEnumerable<DocumentElement> elements)
    {
        var count = elements.OfType<HeadingElement>().Count(h => h.InContents && h.Level <= 2);
        if (!_cursor.AtTop)
        {
            _cursor.NewPage();
        }
        var pages = new List<PdfPage> { _cursor.Page };
        for (var i = 1; i < ContentsRenderer.PagesFor(count, _cursor.BodyHeight); i++)
        {
            _cursor.NewPage();
            pages.Add(_cursor.Page);
        }
        Contents = (pages, contents.Title);
        _cursor.NewPage();
    }
}
