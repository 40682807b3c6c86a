using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// Writes model cards: every start, save, restore and import is a new immutable revision, audited with its content
/// hash in the same transaction. Only the model's owner and backup owner (with the ModelOwner role) may write.
/// </summary>
public sealed class ModelCardService(AuditedChanges changes)
{
    /// <summary>Starts a version's card from the template, or as a copy of the previous version's current card.</summary>
    public Task<int> StartAsync(Actor actor, string modelKey, string label, bool copyPreviousVersion, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var target = await FindTargetAsync(db, modelKey, label, ct);
            RequireAuthor(actor, target);
            if (target.Card is not null)
            {
                throw new DomainRuleException($"The card of {modelKey} {label} already exists (revision {target.Card.CurrentRevision}); edit it instead.");
            }
            CardContent content;
            RevisionKind kind;
            if (copyPreviousVersion)
            {
                var previous = await PreviousCardAsync(db, target, ct)
                    ?? throw new DomainRuleException($"No earlier version of {modelKey} has a card to copy; start from the template.");
                content = CardContent.Of(previous.Markdown, previous.Metadata);
                kind = RevisionKind.CopiedFromPreviousVersion;
            }
            else
            {
                var template = await ModelCardQueries.TemplateAsync(db, ct);
                content = CardContent.Of(template.Markdown(target.Model.Name, target.Version.Label), CardMetadata.Empty);
                kind = RevisionKind.Started;
            }
            return Record(db, audit, target, ModelCard.Start(target.Version.Id, content, actor, kind, null, audit.At)).Number;
        }, ct);

    /// <returns>The card's revision after the save; unchanged when the text was identical to the current revision.</returns>
    public Task<int> SaveAsync(Actor actor, string modelKey, string label, string markdown, string? summary, int baseRevision,
        CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var target = await FindTargetAsync(db, modelKey, label, ct);
            RequireAuthor(actor, target);
            if (target.Card is null)
            {
                // A pipeline may publish a version's first card directly; revision 0 means "I expect no card yet".
                if (baseRevision != 0)
                {
                    throw new ConflictException($"{modelKey} {label} has no card, so there is no revision {baseRevision} to save on top of.");
                }
                return Record(db, audit, target, ModelCard.Start(target.Version.Id, CardContent.Of(markdown, CardMetadata.Empty), actor,
                    RevisionKind.Edited, summary, audit.At)).Number;
            }
            var card = target.Card;
            var current = await CurrentAsync(db, card, ct);
            var content = CardContent.Of(markdown, current.Metadata);
            return Append(db, audit, target, card, card.Save(content, actor, RevisionKind.Edited, summary, baseRevision, current, null, audit.At));
        }, ct);

    /// <summary>Makes an old revision's content the newest revision; history is never rewritten.</summary>
    public Task<int> RestoreAsync(Actor actor, string modelKey, string label, int number, int baseRevision, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var target = await FindTargetAsync(db, modelKey, label, ct);
            RequireAuthor(actor, target);
            var card = target.Card ?? throw new NotFoundException($"{modelKey} {label} has no card yet.");
            var old = await db.ModelCardRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.CardId == card.Id && r.Number == number, ct)
                ?? throw new NotFoundException($"The card of {modelKey} {label} has no revision {number}.");
            var current = await CurrentAsync(db, card, ct);
            var content = CardContent.Of(old.Markdown, old.Metadata);
            return Append(db, audit, target, card,
                card.Save(content, actor, RevisionKind.Restored, $"Restored revision {number}", baseRevision, current, number, audit.At));
        }, ct);

    /// <summary>
    /// Imports a Hugging Face README.md: its sections are mapped onto the portal's and its metadata kept. Invalid YAML
    /// is refused with its line and reason before anything is written.
    /// </summary>
    public Task<int> ImportHuggingFaceAsync(Actor actor, string modelKey, string label, string text, int? baseRevision, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var target = await FindTargetAsync(db, modelKey, label, ct);
            RequireAuthor(actor, target);
            var parsed = HuggingFaceCard.Parse(text ?? "");
            var content = CardContent.Of(HuggingFaceCard.MapSections(parsed.Markdown), parsed.Metadata);
            if (target.Card is null)
            {
                return Record(db, audit, target, ModelCard.Start(target.Version.Id, content, actor, RevisionKind.Imported, "Imported a Hugging Face model card", audit.At)).Number;
            }
            var current = await CurrentAsync(db, target.Card, ct);
            return Append(db, audit, target, target.Card, target.Card.Save(content, actor, RevisionKind.Imported, "Imported a Hugging Face model card",
                baseRevision ?? target.Card.CurrentRevision, current, null, audit.At));
        }, ct);

    public Task UpdateTemplateAsync(Actor actor, CardTemplate template, int expectedRevision, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            if (!actor.HasRole(PortalRoles.Administrator))
            {
                throw new AccessDeniedException("Only administrators can change the model card template.");
            }
            var settings = await db.CardTemplates.SingleOrDefaultAsync(ct);
            if (settings is null)
            {
                if (expectedRevision != 0)
                {
                    throw new ConflictException("The template changed since you opened it. Reload to see the changes, then make yours again.");
                }
                settings = CardTemplateSettings.Create(audit.At);
                db.CardTemplates.Add(settings);
            }
            else
            {
                db.Entry(settings).Property(s => s.Revision).OriginalValue = expectedRevision;
            }
            var before = settings.Snapshot();
            settings.Update(template, audit.At);
            audit.Record("model-card-template.updated", nameof(CardTemplateSettings), CardTemplateSettings.SingletonId.ToString(), before, settings.Snapshot());
        }, ct);

    internal static async Task<CardTarget> FindTargetAsync(PortalDbContext db, string modelKey, string label, CancellationToken ct)
    {
        var version = await db.ModelVersions.Include(v => v.Model).SingleOrDefaultAsync(v => v.Model!.Key == modelKey && v.Label == label, ct)
            ?? throw new NotFoundException($"Model '{modelKey}' has no version '{label}'.");
        var card = await db.ModelCards.SingleOrDefaultAsync(c => c.ModelVersionId == version.Id, ct);
        return new CardTarget(version.Model!, version, card);
    }

    private static async Task<ModelCardRevision?> PreviousCardAsync(PortalDbContext db, CardTarget target, CancellationToken ct)
    {
        var previous = await db.ModelVersions.AsNoTracking()
            .Where(v => v.ModelId == target.Model.Id && v.RegisteredAt < target.Version.RegisteredAt)
            .Join(db.ModelCards, v => v.Id, c => c.ModelVersionId, (v, c) => new { v.RegisteredAt, c.Id, c.CurrentRevision })
            .OrderByDescending(x => x.RegisteredAt).FirstOrDefaultAsync(ct);
        return previous is null
            ? null
            : await db.ModelCardRevisions.AsNoTracking().SingleAsync(r => r.CardId == previous.Id && r.Number == previous.CurrentRevision, ct);
    }

    private static Task<ModelCardRevision> CurrentAsync(PortalDbContext db, ModelCard card, CancellationToken ct) =>
        db.ModelCardRevisions.AsNoTracking().SingleAsync(r => r.CardId == card.Id && r.Number == card.CurrentRevision, ct);

    private static ModelCardRevision Record(PortalDbContext db, AuditRecorder audit, CardTarget target, (ModelCard Card, ModelCardRevision First) started)
    {
        db.ModelCards.Add(started.Card);
        db.ModelCardRevisions.Add(started.First);
        audit.Record("model-card.created", nameof(ModelCard), started.Card.Id.ToString(), null,
            new { Card = started.Card.Snapshot(), Revision = started.First.Snapshot(), Version = target.Version.Label }, target.Model.Key);
        return started.First;
    }

    private static int Append(PortalDbContext db, AuditRecorder audit, CardTarget target, ModelCard card, ModelCardRevision? revision)
    {
        if (revision is null)
        {
            return card.CurrentRevision;
        }
        db.ModelCardRevisions.Add(revision);
        var action = revision.Kind switch
        {
            RevisionKind.Restored => "model-card.restored",
            RevisionKind.Imported => "model-card.imported",
            _ => "model-card.saved",
        };
        audit.Record(action, nameof(ModelCard), card.Id.ToString(), null,
            new { Card = card.Snapshot(), Revision = revision.Snapshot(), Version = target.Version.Label }, target.Model.Key);
        return revision.Number;
    }

    private static void RequireAuthor(Actor actor, CardTarget target)
    {
        if (!actor.IsActingOwner(target.Model))
        {
            throw new AccessDeniedException($"Only the owner or backup owner of {target.Model.Key} (with the ModelOwner role) can write its model cards.");
        }
    }
}
