using Markdig.Syntax;

namespace CompliancePortal.Core.ModelCards;

/// <summary>Decides, from the Markdown structure, which template sections a card really fills in.</summary>
public static class CardCompleteness
{
    /// <summary>
    /// One plain sentence that says something ("Scores retail loan applications for the probability of default within a
    /// year.") is about ten words; below that a section is typically "TBD", "N/A" or "See above", which an auditor would
    /// not accept as evidence, while a terse but real statement still passes.
    /// </summary>
    public const int MinimumWords = 10;

    public static CompletenessReport Evaluate(string markdown, CardTemplate template)
    {
        var sections = Sections(CardMarkdown.Parse(markdown));
        var statuses = template.Sections
            .Select(s => new SectionStatus(s.Name, s.Required, StateOf(s, sections)))
            .ToList();
        return new CompletenessReport(statuses, statuses.All(s => !s.Required || s.IsPresent));
    }

    private static SectionState StateOf(TemplateSection section, ILookup<string, IReadOnlyList<Block>> sections)
    {
        var name = SectionName.Normalize(section.Name);
        if (!sections.Contains(name))
        {
            return SectionState.Missing;
        }
        // A heading repeated by mistake should not hide content written under its other occurrence.
        var blocks = sections[name].SelectMany(b => b).ToList();
        if (CardText.OfAll(blocks).Length == 0)
        {
            return SectionState.Empty;
        }
        // The guidance may be left in, alone or with words typed after it in the same paragraph; only what is written
        // besides it counts, so "guidance + TBD" is too short rather than present.
        var placeholder = CardText.Comparable(CardText.Of(CardMarkdown.Parse(section.Placeholder ?? "")));
        var text = string.Join(' ', blocks
            .Select(b => CardText.Comparable(CardText.Of(b)))
            .Select(t => placeholder.Length == 0 ? t : t.Replace(placeholder, " ", StringComparison.Ordinal))).Trim();
        if (text.Length == 0)
        {
            return SectionState.Placeholder;
        }
        return CardText.CountWords(text) < MinimumWords ? SectionState.TooShort : SectionState.Present;
    }

    // Each heading of level 2 or deeper owns the blocks after it up to the next heading of the same or a higher level,
    // so its sub-headings and their content belong to it. Only top-level blocks count: a "heading" quoted inside a
    // block quote or list item is content, not structure.
    private static ILookup<string, IReadOnlyList<Block>> Sections(MarkdownDocument document)
    {
        var sections = new List<(string Name, IReadOnlyList<Block> Blocks)>();
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is not HeadingBlock { Level: >= 2 } heading)
            {
                continue;
            }
            var content = document
                .Skip(i + 1)
                .TakeWhile(b => b is not HeadingBlock next || next.Level > heading.Level)
                .ToList();
            sections.Add((SectionName.Normalize(CardText.Of(heading)), content));
        }
        return sections.ToLookup(s => s.Name, s => s.Blocks);
    }
}
