using System.Text;
using PdfSharp.Drawing;

namespace CompliancePortal.Core.Documents;

/// <summary>
/// Breaks runs of text into lines no wider than the given width, at spaces where it can and inside a word only when
/// the word alone is wider than the line (a SHA-256 in a narrow table column, a long URL).
/// </summary>
internal sealed class LineBreaker(LayoutFonts fonts, XGraphics measure)
{
    public const double Leading = 1.35;

    public List<TextLine> Break(IEnumerable<TextRun> runs, double width, double size, bool preserveSpaces = false)
    {
        var lineHeight = size * Leading;
        var lines = new List<TextLine>();
        var current = new List<TextFragment>();
        double x = 0;

        void Finish()
        {
            while (!preserveSpaces && current.Count > 0 && string.IsNullOrWhiteSpace(current[^1].Text))
            {
                current.RemoveAt(current.Count - 1);
            }
            lines.Add(new TextLine(Merge(current), lineHeight));
            current = [];
            x = 0;
        }

        foreach (var run in runs)
        {
            var font = fonts.For(run.Style, size);
            foreach (var token in Tokens(run.Text))
            {
                if (token == "\n")
                {
                    Finish();
                    continue;
                }
                if (token[0] == ' ')
                {
                    if (x == 0 && !preserveSpaces)
                    {
                        continue;
                    }
                    var spaces = (preserveSpaces ? token.Length : 1) * fonts.SpaceWidth(font, measure);
                    current.Add(new TextFragment(preserveSpaces ? token : " ", font, x, spaces, run.Link));
                    x += spaces;
                    continue;
                }
                var tokenWidth = measure.MeasureString(token, font).Width;
                if (x + tokenWidth > width && x > 0)
                {
                    Finish();
                }
                if (tokenWidth <= width)
                {
                    current.Add(new TextFragment(token, font, x, tokenWidth, run.Link));
                    x += tokenWidth;
                    continue;
                }
                foreach (var piece in SplitToWidth(token, font, width))
                {
                    if (x > 0)
                    {
                        Finish();
                    }
                    var pieceWidth = measure.MeasureString(piece, font).Width;
                    current.Add(new TextFragment(piece, font, x, pieceWidth, run.Link));
                    x += pieceWidth;
                }
            }
        }
        if (current.Count > 0 || lines.Count == 0)
        {
            Finish();
        }
        return lines;
    }

    private IEnumerable<string> SplitToWidth(string word, XFont font, double width)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && measure.MeasureString(word.Substring(start, length + 1), font).Width <= width)
            {
                length++;
            }
            yield return word.Substring(start, length);
            start += length;
        }
    }

    // Words, runs of spaces (tabs count as spaces) and line breaks, in order.
    private static IEnumerable<string> Tokens(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Replace('\r', '\n');
        var token = new StringBuilder();
        foreach (var ch in normalized)
        {
            var kind = ch == '\n' ? 0 : ch == ' ' ? 1 : 2;
            var tokenKind = token.Length == 0 ? -1 : token[0] == ' ' ? 1 : 2;
            if (token.Length > 0 && (kind != tokenKind || kind == 0))
            {
                yield return token.ToString();
                token.Clear();
            }
            if (kind == 0)
            {
                yield return "\n";
                continue;
            }
            token.Append(ch);
        }
        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    // Adjacent fragments in the same font and link become one string: fewer text operators, and readers extract whole words.
    private static List<TextFragment> Merge(List<TextFragment> fragments)
    {
        var merged = new List<TextFragment>();
        foreach (var f in fragments)
        {
            if (merged.Count > 0 && merged[^1] is var last && ReferenceEquals(last.Font, f.Font) && last.Link == f.Link)
            {
                merged[^1] = last with { Text = last.Text + f.Text, Width = last.Width + f.Width };
                continue;
            }
            merged.Add(f);
        }
        return merged;
    }
}
