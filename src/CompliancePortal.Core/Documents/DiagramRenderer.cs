using PdfSharp.Drawing;

namespace CompliancePortal.Core.Documents;

/// <summary>Draws a <see cref="DiagramElement"/>: layers of framed boxes, each layer centred, and arrows between the boxes.</summary>
internal sealed class DiagramRenderer(PageCursor cursor, LineBreaker breaker)
{
    private const double LayerGap = 16;
    private const double BoxGap = 10;
    private const double Padding = 4;
    private const double LabelSize = 7.5;
    private const double NoteSize = 6.5;

    private static readonly XBrush Fill = new XSolidBrush(XColor.FromArgb(0xee, 0xf3, 0xfa));
    private static readonly XPen Frame = new(XColor.FromArgb(0x8a, 0x9b, 0xb4), 0.6);
    private static readonly XColor ArrowColor = XColor.FromArgb(0x55, 0x5f, 0x6e);

    public void Draw(DiagramElement diagram, double x, double width)
    {
        if (diagram.Nodes.Count == 0)
        {
            return;
        }
        if (!diagram.Fits)
        {
            Note("The figure is too large to draw on one page; the tables list every element.", x, width);
            return;
        }
        var layers = diagram.Nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var widest = layers.Max(l => l.Count);
        var boxWidth = Math.Min(170, (width - BoxGap * (widest - 1)) / widest);
        var boxes = new Dictionary<string, (XRect Rect, List<TextLine> Lines)>();
        double y = 0;
        foreach (var layer in layers)
        {
            var laid = layer.Select(n => (Node: n, Lines: Lines(n, boxWidth - 2 * Padding))).ToList();
            var height = laid.Max(l => l.Lines.Sum(t => t.Height)) + 2 * Padding;
            var left = x + (width - (layer.Count * boxWidth + (layer.Count - 1) * BoxGap)) / 2;
            foreach (var (node, lines) in laid)
            {
                boxes[node.Id] = (new XRect(left, y, boxWidth, height), lines);
                left += boxWidth + BoxGap;
            }
            y += height + LayerGap;
        }
        var figureHeight = y - LayerGap;
        var caption = diagram.Caption is null ? [] : breaker.Break([new TextRun(diagram.Caption, RunStyle.Italic)], width, 8.5);
        var captionHeight = caption.Sum(l => l.Height);
        if (figureHeight + captionHeight + 10 > cursor.BodyHeight)
        {
            Note("The figure is too tall to draw on one page; the tables list every element.", x, width);
            return;
        }
        cursor.Ensure(figureHeight + captionHeight + 6);
        var top = cursor.Y + 2;
        var g = cursor.Graphics;
        XRect Placed(string id) => boxes[id].Rect with { Y = boxes[id].Rect.Y + top };
        foreach (var edge in diagram.Edges.Where(e => boxes.ContainsKey(e.From) && boxes.ContainsKey(e.To)))
        {
            Arrow(g, Placed(edge.From), Placed(edge.To));
        }
        foreach (var node in diagram.Nodes)
        {
            var rect = Placed(node.Id);
            g.DrawRectangle(Frame, Fill, rect);
            var lineY = rect.Y + Padding;
            foreach (var line in boxes[node.Id].Lines)
            {
                TextPainter.DrawLine(g, cursor.Page, line, rect.X + Padding, lineY, TextPainter.Ink);
                lineY += line.Height;
            }
        }
        cursor.Y = top + figureHeight + 4;
        TextPainter.Flow(cursor, caption, x, XColors.DimGray);
    }

    private List<TextLine> Lines(DiagramNode node, double width)
    {
        var lines = breaker.Break([new TextRun(node.Label, RunStyle.Bold)], width, LabelSize);
        if (node.Note is { } note)
        {
            lines.AddRange(breaker.Break([new TextRun(note)], width, NoteSize));
        }
        return lines;
    }

    private void Note(string text, double x, double width) =>
        TextPainter.Flow(cursor, breaker.Break([new TextRun(text, RunStyle.Italic)], width, 8.5), x, XColors.DimGray);

    private static void Arrow(XGraphics g, XRect from, XRect to)
    {
        var down = from.Y < to.Y;
        var start = new XPoint(from.X + from.Width / 2, down ? from.Bottom : from.Y);
        var end = new XPoint(to.X + to.Width / 2, down ? to.Y : to.Bottom);
        var pen = new XPen(ArrowColor, 0.7);
        g.DrawLine(pen, start, end);
        var angle = Math.Atan2(end.Y - start.Y, end.X - start.X);
        const double size = 4.5;
        XPoint Wing(double turn) => new(end.X - size * Math.Cos(angle + turn), end.Y - size * Math.Sin(angle + turn));
        g.DrawPolygon(new XSolidBrush(ArrowColor), [end, Wing(0.4), Wing(-0.4)], XFillMode.Winding);
    }
}
