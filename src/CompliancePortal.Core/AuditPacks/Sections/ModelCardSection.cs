using CompliancePortal.Core.Documents;
using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>Each version's current model card rendered from its Markdown, with its revision hash, completeness and history.</summary>
public sealed class ModelCardSection(ModelCardQueries cards) : IAuditPackSection
{
    public string Title => "Model cards";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var elements = new List<DocumentElement>();
        foreach (var v in context.Versions)
        {
            elements.Add(new HeadingElement(2, $"Model card of version {v.Label}"));
            var card = await cards.GetAsync(v.ModelKey, v.Label, ct);
            if (card is null)
            {
                elements.Add(new ParagraphElement("No model card has been written for this version."));
                continue;
            }
            context.Manifest.Add(Title, $"Model card {v.Label} revision {card.Revision}", card.ContentHash);
            var missing = card.Completeness.Sections.Where(s => s.Required && !s.IsPresent).Select(s => $"{s.Name} ({s.State})").ToList();
            elements.Add(new TableElement(null,
            [
                [TableCell.Text("Revision"), TableCell.Text($"{card.Revision}, saved {PackText.Time(card.UpdatedAt)} by {card.UpdatedBy}")],
                [TableCell.Text("Content SHA-256"), TableCell.Code(card.ContentHash)],
                [TableCell.Text("Complete"), TableCell.Text(card.Completeness.IsComplete ? "yes: every required section has content"
                    : "no; required sections missing or too short: " + string.Join(", ", missing))],
            ], [1, 2.5]));
            elements.Add(new RuleElement());
            elements.AddRange(MarkdownElements.From(CardMarkdown.Parse(card.Markdown), headingShift: 2));
            elements.Add(new RuleElement());
            var revisions = await cards.RevisionsAsync(v.ModelKey, v.Label, ct);
            elements.Add(new HeadingElement(3, "Revision history", InContents: false));
            elements.Add(new TableElement(
                [TableCell.Text("#"), TableCell.Text("Saved"), TableCell.Text("Author"), TableCell.Text("Content SHA-256")],
                revisions.Select(r => (IReadOnlyList<TableCell>)
                [
                    TableCell.Text(r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), TableCell.Text(PackText.Time(r.CreatedAt)),
                    TableCell.Text(r.AuthorName), TableCell.Code(r.ContentHash),
                ]).ToList(),
                [0.35, 0.95, 0.85, 3.4]));
        }
        if (context.Versions.Count == 0)
        {
            elements.Add(new ParagraphElement("No versions of this model are registered, so there are no model cards."));
        }
        return elements;
    }
}
