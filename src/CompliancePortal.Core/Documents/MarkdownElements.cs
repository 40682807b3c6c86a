using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CompliancePortal.Core.Documents;

/// <summary>
/// Turns a parsed Markdown document into layout blocks by walking Markdig's syntax tree: headings, paragraphs with
/// bold, italic, code and links, lists, code blocks, quotes, tables and rules. Raw HTML is shown as the text it is,
/// and images are named rather than fetched, so a card can never make the server load a remote resource.
/// </summary>
public static class MarkdownElements
{
    /// <param name="document">A document parsed with the card pipeline (tables, task lists, raw HTML off).</param>
    /// <param name="headingShift">Added to every heading level, so a card's "#" sits below the pack's own section heading.</param>
    public static IReadOnlyList<DocumentElement> From(MarkdownDocument document, int headingShift = 0) =>
        Blocks(document, headingShift).ToList();

    private static IEnumerable<DocumentElement> Blocks(ContainerBlock container, int shift)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    yield return new HeadingElement(Math.Min(4, heading.Level + shift), PlainText(heading.Inline), InContents: false);
                    break;
                case ParagraphBlock paragraph:
                    yield return new ParagraphElement(Runs(paragraph.Inline));
                    break;
                case ListBlock list:
                    yield return new ListElement(
                        list.IsOrdered,
                        list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<DocumentElement>)Blocks(item, shift).ToList()).ToList(),
                        int.TryParse(list.OrderedStart, out var start) ? start : 1);
                    break;
                case Table table:
                    yield return TableOf(table);
                    break;
                case QuoteBlock quote:
                    yield return new QuoteElement(Blocks(quote, shift).ToList());
                    break;
                case ThematicBreakBlock:
                    yield return new RuleElement();
                    break;
                case CodeBlock code:
                    // Fenced and indented code, and raw HTML blocks (shown as their source).
                    yield return new CodeElement(LinesOf(code));
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    yield return new ParagraphElement(Runs(leaf.Inline));
                    break;
                case ContainerBlock nested:
                    foreach (var element in Blocks(nested, shift))
                    {
                        yield return element;
                    }
                    break;
            }
        }
    }

    private static TableElement TableOf(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        IReadOnlyList<TableCell> Cells(TableRow row) =>
            row.OfType<Markdig.Extensions.Tables.TableCell>()
                .Select(c => new TableCell(c.OfType<LeafBlock>().SelectMany(b => Runs(b.Inline)).ToList()))
                .ToList();
        return new TableElement(
            header is null ? null : Cells(header),
            rows.Where(r => !r.IsHeader).Select(Cells).ToList());
    }

    private static List<TextRun> Runs(ContainerInline? inline)
    {
        var runs = new List<TextRun>();
        if (inline is not null)
        {
            Collect(inline, RunStyle.Regular, null, runs);
        }
        return runs;
    }

    private static void Collect(Inline inline, RunStyle style, string? link, List<TextRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(new TextRun(literal.Content.ToString(), style, link));
                break;
            case CodeInline code:
                runs.Add(new TextRun(code.Content, style | RunStyle.Code, link));
                break;
            case LineBreakInline lineBreak:
                runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", style, link));
                break;
            case TaskList task:
                runs.Add(new TextRun(task.Checked ? "[x] " : "[ ] ", style | RunStyle.Code, link));
                break;
            case AutolinkInline auto:
                runs.Add(new TextRun(auto.Url, style, SafeLink(auto.IsEmail ? "mailto:" + auto.Url : auto.Url)));
                break;
            case HtmlEntityInline entity:
                runs.Add(new TextRun(entity.Transcoded.ToString(), style, link));
                break;
            case HtmlInline html:
                runs.Add(new TextRun(html.Tag, style, link));
                break;
            case LinkInline { IsImage: true } image:
                var alt = new List<TextRun>();
                foreach (var child in image)
                {
                    Collect(child, style, null, alt);
                }
                runs.Add(new TextRun($"[image: {string.Concat(alt.Select(r => r.Text)).Trim()}]", style | RunStyle.Italic, link));
                break;
            case LinkInline linkInline:
                foreach (var child in linkInline)
                {
                    Collect(child, style, SafeLink(linkInline.Url), runs);
                }
                break;
            case EmphasisInline emphasis:
                var added = emphasis.DelimiterChar is '*' or '_'
                    ? emphasis.DelimiterCount >= 2 ? RunStyle.Bold : RunStyle.Italic
                    : RunStyle.Regular;
                foreach (var child in emphasis)
                {
                    Collect(child, style | added, link, runs);
                }
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Collect(child, style, link, runs);
                }
                break;
        }
    }

    // Only links a reader can follow safely become clickable; anything else stays visible as text.
    private static string? SafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null;

    private static string PlainText(ContainerInline? inline) =>
        string.Concat(Runs(inline).Select(r => r.Text)).Trim();

    private static string LinesOf(LeafBlock block)
    {
        var text = new StringBuilder();
        foreach (var line in block.Lines.Lines.Take(block.Lines.Count))
        {
            text.Append(line.Slice.ToString()).Append('\n');
        }
        return text.ToString();
    }
}
