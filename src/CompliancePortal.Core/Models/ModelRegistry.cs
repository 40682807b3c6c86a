using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Models;

/// <summary>Creates and edits registry entries and registers versions; every change is audited in its own transaction.</summary>
public sealed class ModelRegistry(AuditedChanges changes)
{
    public Task<string> CreateAsync(Actor actor, string key, ModelDetails details, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            RequireModelOwnerRole(actor, "register a model");
            var normalizedKey = key?.Trim() ?? "";
            var errors = details.Validate();
            await CheckOwnersAsync(db, details, errors, ct);
            if (Slug.IsValid(normalizedKey) && await db.Models.AnyAsync(m => m.Key == normalizedKey, ct))
            {
                errors.Add("Key", $"A model with the key '{normalizedKey}' already exists; choose another key.");
            }
            errors.ThrowIfAny();

            var model = Model.Create(normalizedKey, details, audit.At);
            db.Models.Add(model);
            audit.Record("model.created", nameof(Model), model.Id.ToString(), null, model.Snapshot(), model.Key);
            return model.Key;
        }, ct);

    /// <param name="expectedRevision">The revision the editor read; a different current revision means someone else saved first.</param>
    public Task UpdateAsync(Actor actor, string key, ModelDetails details, int expectedRevision, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var model = await db.Models.SingleOrDefaultAsync(m => m.Key == key, ct)
                ?? throw new NotFoundException($"There is no model with the key '{key}'.");
            RequireOwnership(actor, model, "edit this model");
            var errors = details.Validate();
            await CheckOwnersAsync(db, details, errors, ct);
            errors.ThrowIfAny();

            // The concurrency check compares against the revision the editor saw, not the one just loaded.
            db.Entry(model).Property(m => m.Revision).OriginalValue = expectedRevision;
            var before = model.Snapshot();
            model.Update(details, audit.At);
            audit.Record("model.updated", nameof(Model), model.Id.ToString(), before, model.Snapshot(), model.Key);
        }, ct);

    public Task<string> RegisterVersionAsync(Actor actor, string modelKey, VersionRegistration registration, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var model = await db.Models.SingleOrDefaultAsync(m => m.Key == modelKey, ct)
                ?? throw new NotFoundException($"There is no model with the key '{modelKey}'.");
            RequireOwnership(actor, model, "register versions of this model");
            registration.Validate().ThrowIfAny();
            var label = registration.Label.Trim();
            if (await db.ModelVersions.AnyAsync(v => v.ModelId == model.Id && v.Label == label, ct))
            {
                throw new ValidationFailedException(new Dictionary<string, string[]>
                {
                    ["Label"] = [$"Version '{label}' of {model.Key} is already registered; versions are immutable, so register a new label."],
                });
            }

            var ids = registration.DatasetVersionIds.Distinct().ToList();
            var trainedOn = await db.DatasetVersions.Include(d => d.Dataset).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
            var predecessorSources = await PredecessorSourcesAsync(db, model.Id, ct);
            var version = ModelVersion.Register(model, registration with { DatasetVersionIds = ids }, trainedOn, predecessorSources,
                actor.RequirePerson(), audit.At);
            db.ModelVersions.Add(version);
            audit.Record("model-version.registered", nameof(ModelVersion), version.Id.ToString(), null, version.Snapshot(), model.Key);
            return version.Label;
        }, ct);

    private static async Task<IReadOnlySet<Guid>?> PredecessorSourcesAsync(PortalDbContext db, Guid modelId, CancellationToken ct)
    {
        var latest = await db.ModelVersions.Where(v => v.ModelId == modelId).OrderByDescending(v => v.RegisteredAt)
            .Select(v => v.Id).FirstOrDefaultAsync(ct);
        if (latest == Guid.Empty)
        {
            return null;
        }
        var sources = await db.ModelVersionDatasets.Where(d => d.ModelVersionId == latest)
            .Select(d => d.DatasetVersion!.Dataset!.SourceSystemId).Distinct().ToListAsync(ct);
        return sources.ToHashSet();
    }

    private static async Task CheckOwnersAsync(PortalDbContext db, ModelDetails details, ValidationErrors errors, CancellationToken ct)
    {
        if (details.OwnerId != Guid.Empty && !await db.People.AnyAsync(p => p.Id == details.OwnerId, ct))
        {
            errors.Add(nameof(ModelDetails.OwnerId), "The owner must be an individual person known to the portal (someone who has signed in).");
        }
        if (details.BackupOwnerId is { } backup && !await db.People.AnyAsync(p => p.Id == backup, ct))
        {
            errors.Add(nameof(ModelDetails.BackupOwnerId), "The backup owner must be an individual person known to the portal (someone who has signed in).");
        }
    }

    private static void RequireModelOwnerRole(Actor actor, string what)
    {
        if (!actor.HasRole(PortalRoles.ModelOwner))
        {
            throw new AccessDeniedException($"Only people with the ModelOwner role can {what}.");
        }
    }

    private static void RequireOwnership(Actor actor, Model model, string what)
    {
        RequireModelOwnerRole(actor, what);
        if (!actor.IsActingOwner(model))
        {
            throw new AccessDeniedException($"Only the owner or backup owner of {model.Key} can {what}.");
        }
    }
}
