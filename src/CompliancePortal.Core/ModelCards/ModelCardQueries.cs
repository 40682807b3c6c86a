using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ModelCards;

/// <summary>Read side of model cards: the current card, its history, any revision and comparisons.</summary>
public sealed class ModelCardQueries(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The version's card, or null when the version has no card yet.</summary>
    public async Task<CardView?> GetAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var target = await ModelCardService.FindTargetAsync(db, modelKey, label, ct);
        if (target.Card is null)
        {
            return null;
        }
        var revision = await db.ModelCardRevisions.AsNoTracking()
            .SingleAsync(r => r.CardId == target.Card.Id && r.Number == target.Card.CurrentRevision, ct);
        var template = await TemplateAsync(db, ct);
        var metadata = revision.Metadata;
        return new CardView(target.Model.Key, target.Model.Name, target.Version.Label, revision.Number, revision.Markdown, metadata,
            revision.ContentHash, CardMarkdown.ToSafeHtml(revision.Markdown), CardCompleteness.Evaluate(revision.Markdown, template),
            metadata.ClaimedResults, revision.AuthorName, revision.CreatedAt);
    }

    public async Task<IReadOnlyList<RevisionSummary>> RevisionsAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var target = await ModelCardService.FindTargetAsync(db, modelKey, label, ct);
        if (target.Card is null)
        {
            return [];
        }
        var revisions = await db.ModelCardRevisions.AsNoTracking().Where(r => r.CardId == target.Card.Id).OrderByDescending(r => r.Number).ToListAsync(ct);
        return revisions.Select(RevisionSummary.From).ToList();
    }

    public async Task<ModelCardRevision> RevisionAsync(string modelKey, string label, int number, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var target = await ModelCardService.FindTargetAsync(db, modelKey, label, ct);
        var card = target.Card ?? throw new NotFoundException($"{modelKey} {label} has no model card yet.");
        return await db.ModelCardRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.CardId == card.Id && r.Number == number, ct)
            ?? throw new NotFoundException($"The card of {modelKey} {label} has no revision {number}.");
    }

    public async Task<(SideBySideDiff SideBySide, InlineDiff Inline)> CompareAsync(string modelKey, string label, int older, int newer,
        CancellationToken ct = default)
    {
        var a = await RevisionAsync(modelKey, label, older, ct);
        var b = await RevisionAsync(modelKey, label, newer, ct);
        return (CardDiff.SideBySide(a.Markdown, b.Markdown), CardDiff.Inline(a.Markdown, b.Markdown));
    }

    public async Task<(CardTemplate Template, int Revision)> TemplateAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var settings = await db.CardTemplates.AsNoTracking().SingleOrDefaultAsync(ct);
        return settings is null ? (CardTemplate.Default, 0) : (settings.Template, settings.Revision);
    }

    /// <summary>Evaluates text that is not saved yet, for the editor's live completeness panel.</summary>
    public static CompletenessReport Evaluate(string markdown, CardTemplate template) => CardCompleteness.Evaluate(markdown, template);

    internal static async Task<CardTemplate> TemplateAsync(PortalDbContext db, CancellationToken ct) =>
        (await db.CardTemplates.AsNoTracking().SingleOrDefaultAsync(ct))?.Template ?? CardTemplate.Default;
}
