using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CompliancePortal.Core.ModelCards;

/// <summary>The words a reader sees in parsed Markdown: emphasis, link syntax and table pipes removed.</summary>
internal static class CardText
{
    public static string OfAll(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            Append(text, block);
        }
        return Collapse(text.ToString());
    }

    public static string Of(Block block)
    {
        var text = new StringBuilder();
        Append(text, block);
        return Collapse(text.ToString());
    }

    public static int CountWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>For comparing texts regardless of layout and case, such as a section's content against its placeholder.</summary>
    public static string Comparable(string text) => Collapse(text).ToLowerInvariant();

    // Blocks and line breaks separate words; the inline pieces of one word ("im*por*tant") must not be split.
    private static void Append(StringBuilder text, Block block)
    {
        switch (block)
        {
            case CodeBlock code:
                text.Append(' ').Append(code.Lines.ToString()).Append(' ');
                break;
            case LeafBlock { Inline: { } inline }:
                text.Append(' ');
                Append(text, inline);
                text.Append(' ');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(text, child);
                }
                break;
        }
    }

    private static void Append(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(text, nested);
                    break;
            }
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
