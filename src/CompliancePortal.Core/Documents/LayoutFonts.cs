using PdfSharp.Drawing;

namespace CompliancePortal.Core.Documents;

/// <summary>The fonts of one document by style and size, created once each; code is set in the monospaced face.</summary>
internal sealed class LayoutFonts
{
    private readonly Dictionary<(RunStyle Style, double Size), XFont> _fonts = [];
    private readonly Dictionary<XFont, double> _spaces = [];

    public XFont For(RunStyle style, double size)
    {
        if (!_fonts.TryGetValue((style, size), out var font))
        {
            var family = style.HasFlag(RunStyle.Code) ? DocumentFonts.Mono : DocumentFonts.Sans;
            var fontSize = style.HasFlag(RunStyle.Code) ? size * 0.9 : size;
            var fontStyle = (style.HasFlag(RunStyle.Bold), style.HasFlag(RunStyle.Italic)) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(family, fontSize, fontStyle);
            _fonts[(style, size)] = font;
        }
        return font;
    }

    /// <summary>The advance of one space; measured between two letters because a lone space can measure as nothing.</summary>
    public double SpaceWidth(XFont font, XGraphics measure)
    {
        if (!_spaces.TryGetValue(font, out var width))
        {
            width = measure.MeasureString("x x", font).Width - measure.MeasureString("xx", font).Width;
            _spaces[font] = width;
        }
        return width;
    }
}
