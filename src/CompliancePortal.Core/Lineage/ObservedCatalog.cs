using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage;

/// <summary>
/// Finds or creates the jobs, source systems, datasets and dataset versions a pipeline names, within one change: what
/// this change already added is found again without a round trip, so an event naming a dataset twice creates it once.
/// </summary>
internal sealed class ObservedCatalog(PortalDbContext db, AuditRecorder audit, LineageOrigin origin)
{
    private readonly Dictionary<string, SourceSystem> _sources = [];
    private readonly Dictionary<string, Dataset> _datasets = [];
    private readonly Dictionary<(Guid, string), DatasetVersion> _versions = [];
    private readonly Dictionary<string, LineageJob> _jobs = [];

    public async Task<LineageJob> JobAsync(string ns, string name, CancellationToken ct)
    {
        var hash = LineageIdentity.Of(ns, name);
        if (_jobs.TryGetValue(hash, out var cached))
        {
            return cached;
        }
        var job = await db.LineageJobs.SingleOrDefaultAsync(j => j.IdentityHash == hash, ct);
        if (job is null)
        {
            job = LineageJob.Observe(ns, name, origin, audit.At);
            db.LineageJobs.Add(job);
            audit.Record("lineage-job.observed", nameof(LineageJob), job.Id.ToString(), null, job.Snapshot());
        }
        return _jobs[hash] = job;
    }

    public async Task<Dataset> DatasetAsync(string ns, string name, string sourceKind, CancellationToken ct)
    {
        var hash = LineageIdentity.Of(ns, name);
        if (_datasets.TryGetValue(hash, out var cached))
        {
            return cached;
        }
        var dataset = await db.Datasets.Include(d => d.SourceSystem).SingleOrDefaultAsync(d => d.IdentityHash == hash, ct);
        if (dataset is null)
        {
            var source = await SourceAsync(ns, sourceKind, ct);
            dataset = Dataset.Observe(ns, name, source, audit.At);
            db.Datasets.Add(dataset);
            audit.Record("dataset.observed", nameof(Dataset), dataset.Id.ToString(), null, dataset.Snapshot());
        }
        return _datasets[hash] = dataset;
    }

    /// <summary>The version with this external id, created when first seen.</summary>
    public async Task<DatasetVersion> VersionAsync(Dataset dataset, string externalVersion, string uri, string? contentHash, DateTimeOffset capturedAt,
        CancellationToken ct)
    {
        var label = DatasetVersion.LabelFor(externalVersion);
        if (_versions.TryGetValue((dataset.Id, label), out var cached))
        {
            return cached;
        }
        var version = await db.DatasetVersions.SingleOrDefaultAsync(v => v.DatasetId == dataset.Id && v.Label == label, ct);
        if (version is null)
        {
            version = DatasetVersion.Observe(dataset, externalVersion, uri, contentHash, origin, capturedAt, audit.At);
            db.DatasetVersions.Add(version);
            audit.Record("dataset-version.observed", nameof(DatasetVersion), version.Id.ToString(), null, version.Snapshot());
        }
        return _versions[(dataset.Id, label)] = version;
    }

    /// <summary>The newest version captured by <paramref name="at"/>: what a reader without a version facet read (as Marquez assumes).</summary>
    public async Task<DatasetVersion?> LatestVersionAsync(Dataset dataset, DateTimeOffset at, CancellationToken ct)
    {
        var local = _versions.Values.Where(v => v.DatasetId == dataset.Id && v.CapturedAt <= at).MaxBy(v => v.CapturedAt);
        var stored = await db.DatasetVersions.Where(v => v.DatasetId == dataset.Id && v.CapturedAt <= at)
            .OrderByDescending(v => v.CapturedAt).FirstOrDefaultAsync(ct);
        return local is not null && (stored is null || local.CapturedAt >= stored.CapturedAt) ? local : stored;
    }

    private async Task<SourceSystem> SourceAsync(string ns, string kind, CancellationToken ct)
    {
        if (_sources.TryGetValue(ns, out var cached))
        {
            return cached;
        }
        var source = await db.SourceSystems.SingleOrDefaultAsync(s => s.Namespace == ns, ct);
        if (source is null)
        {
            source = SourceSystem.Observe(ns, kind, audit.At);
            db.SourceSystems.Add(source);
            audit.Record("source-system.observed", nameof(SourceSystem), source.Id.ToString(), null, source.Snapshot());
        }
        return _sources[ns] = source;
    }
}
