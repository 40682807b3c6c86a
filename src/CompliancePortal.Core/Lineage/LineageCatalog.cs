using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage;

/// <summary>The minimal lineage catalogue: source systems, datasets and their captured versions.</summary>
public sealed class LineageCatalog(IDbContextFactory<PortalDbContext> contexts, AuditedChanges changes)
{
    public Task<SourceSystemView> CreateSourceSystemAsync(Actor actor, string key, string name, string kind, string? description,
        CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            RequireRole(actor);
            var k = key?.Trim() ?? "";
            if (await db.SourceSystems.AnyAsync(s => s.Key == k, ct))
            {
                Refuse("Key", $"A source system with the key '{k}' already exists.");
            }
            var source = SourceSystem.Create(k, name, kind, description, audit.At);
            db.SourceSystems.Add(source);
            audit.Record("source-system.created", nameof(SourceSystem), source.Id.ToString(), null, source.Snapshot());
            return new SourceSystemView(source.Id, source.Key, source.Name, source.Kind, source.Description, 0);
        }, ct);

    public Task<DatasetView> CreateDatasetAsync(Actor actor, string key, string name, string sourceSystemKey, string? description,
        CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            RequireRole(actor);
            var source = await db.SourceSystems.SingleOrDefaultAsync(s => s.Key == sourceSystemKey, ct);
            if (source is null)
            {
                Refuse("SourceSystem", $"There is no source system with the key '{sourceSystemKey}'; register it first.");
            }
            var k = key?.Trim() ?? "";
            if (await db.Datasets.AnyAsync(d => d.Key == k, ct))
            {
                Refuse("Key", $"A dataset with the key '{k}' already exists.");
            }
            var dataset = Dataset.Create(k, name, source!, description, audit.At);
            db.Datasets.Add(dataset);
            audit.Record("dataset.created", nameof(Dataset), dataset.Id.ToString(), null, dataset.Snapshot());
            return new DatasetView(dataset.Id, dataset.Key, dataset.Name, source!.Key, source.Name, dataset.Description, 0);
        }, ct);

    public Task<DatasetVersionView> CaptureVersionAsync(Actor actor, string datasetKey, DatasetVersionCapture capture, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            RequireRole(actor);
            var dataset = await db.Datasets.Include(d => d.SourceSystem).SingleOrDefaultAsync(d => d.Key == datasetKey, ct)
                ?? throw new NotFoundException($"There is no dataset with the key '{datasetKey}'.");
            capture.Validate().ThrowIfAny();
            var label = capture.Label.Trim();
            if (await db.DatasetVersions.AnyAsync(v => v.DatasetId == dataset.Id && v.Label == label, ct))
            {
                Refuse("Label", $"Version '{label}' of dataset {dataset.Key} is already recorded; dataset versions are immutable.");
            }
            var version = DatasetVersion.Capture(dataset, capture, audit.At);
            db.DatasetVersions.Add(version);
            audit.Record("dataset-version.captured", nameof(DatasetVersion), version.Id.ToString(), null, version.Snapshot());
            return new DatasetVersionView(version.Id, version.Reference, dataset.Key, dataset.Name, dataset.SourceSystem!.Key,
                dataset.SourceSystem.Name, version.Label, version.Uri, version.ContentHash, version.RowCount, version.SchemaHash, version.CapturedAt);
        }, ct);

    public Task<SourceSystemView> DescribeSourceSystemAsync(Actor actor, string key, string name, string kind, string description,
        CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            RequireRole(actor);
            var source = await db.SourceSystems.SingleOrDefaultAsync(s => s.Key == key, ct)
                ?? throw new NotFoundException($"There is no source system with the key '{key}'.");
            var before = source.Snapshot();
            source.Describe(name, kind, description);
            audit.Record("source-system.described", nameof(SourceSystem), source.Id.ToString(), before, source.Snapshot());
            return new SourceSystemView(source.Id, source.Key, source.Name, source.Kind, source.Description,
                await db.Datasets.CountAsync(d => d.SourceSystemId == source.Id, ct));
        }, ct);

    public async Task<IReadOnlyList<SourceSystemView>> ListSourceSystemsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SourceSystems.AsNoTracking().OrderBy(s => s.Key)
            .Select(s => new SourceSystemView(s.Id, s.Key, s.Name, s.Kind, s.Description, db.Datasets.Count(d => d.SourceSystemId == s.Id)))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DatasetView>> ListDatasetsAsync(string? sourceSystemKey = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Datasets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(sourceSystemKey))
        {
            query = query.Where(d => d.SourceSystem!.Key == sourceSystemKey);
        }
        return await query.OrderBy(d => d.Key)
            .Select(d => new DatasetView(d.Id, d.Key, d.Name, d.SourceSystem!.Key, d.SourceSystem.Name, d.Description,
                db.DatasetVersions.Count(v => v.DatasetId == d.Id)))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DatasetVersionView>> ListVersionsAsync(string? datasetKey = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.DatasetVersions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(datasetKey))
        {
            query = query.Where(v => v.Dataset!.Key == datasetKey);
        }
        var views = await query.Select(DatasetVersionProjection.ToView).ToListAsync(ct);
        return views.OrderBy(v => v.DatasetKey).ThenByDescending(v => v.CapturedAt).ToList();
    }

    /// <summary>Resolves <c>dataset-key@label</c> references; unknown or malformed ones are reported by name.</summary>
    public async Task<IReadOnlyList<Guid>> ResolveAsync(IEnumerable<string> references, CancellationToken ct = default)
    {
        var refs = references.Select(r => r?.Trim() ?? "").Distinct().ToList();
        var errors = new ValidationErrors();
        var pairs = new List<(string Ref, string Key, string Label)>();
        foreach (var r in refs)
        {
            var at = r.IndexOf('@');
            if (at <= 0 || at == r.Length - 1)
            {
                errors.Add("DatasetVersions", $"'{r}' is not a dataset version reference; write it as dataset-key@version-label.");
                continue;
            }
            pairs.Add((r, r[..at], r[(at + 1)..]));
        }
        errors.ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var keys = pairs.Select(p => p.Key).Distinct().ToList();
        var candidates = await db.DatasetVersions.AsNoTracking().Where(v => keys.Contains(v.Dataset!.Key))
            .Select(v => new { v.Id, v.Dataset!.Key, v.Label }).ToListAsync(ct);
        var ids = new List<Guid>();
        foreach (var p in pairs)
        {
            var match = candidates.FirstOrDefault(c => c.Key == p.Key && c.Label == p.Label);
            if (match is null)
            {
                errors.Add("DatasetVersions", $"The dataset version '{p.Ref}' is not registered in the portal; record it first.");
            }
            else
            {
                ids.Add(match.Id);
            }
        }
        errors.ThrowIfAny();
        return ids;
    }

    private static void RequireRole(Actor actor)
    {
        if (!actor.HasRole(PortalRoles.ModelOwner) && !actor.HasRole(PortalRoles.Administrator))
        {
            throw new AccessDeniedException("Only people with the ModelOwner or Administrator role can record lineage.");
        }
    }

    private static void Refuse(string field, string message) =>
        throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = [message] });
}
