using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage;

/// <summary>Reads the observed lineage: runs with what they read and wrote, jobs and datasets by their namespaced names.</summary>
public sealed class LineageQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<LineageRunView> GetRunAsync(Guid runId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await db.LineageRuns.AsNoTracking().Include(r => r.Job).SingleOrDefaultAsync(r => r.RunId == runId, ct)
            ?? throw new NotFoundException($"No run with the id {runId} has been received.");
        var model = run.ModelVersionId is { } id
            ? await db.ModelVersions.AsNoTracking().Where(v => v.Id == id).Select(v => new { v.Model!.Key, v.Label }).SingleAsync(ct)
            : null;
        var edges = await db.LineageRunDatasets.AsNoTracking().Where(x => x.LineageRunId == run.Id)
            .Select(x => new
            {
                x.Direction, x.Facets, x.DatasetVersionId, x.DatasetVersion!.Label, x.DatasetVersion.ExternalVersion, x.DatasetVersion.Uri,
                x.DatasetVersion.ContentHash, x.DatasetVersion.Origin, DatasetKey = x.DatasetVersion.Dataset!.Key, x.DatasetVersion.Dataset.Namespace,
                x.DatasetVersion.Dataset.Name, DatasetFacets = x.DatasetVersion.Dataset.Facets, SourceKey = x.DatasetVersion.Dataset.SourceSystem!.Key,
            })
            .ToListAsync(ct);
        var views = edges.OrderBy(x => x.Name).Select(x => (x.Direction, View: new RunDatasetView(x.DatasetVersionId, $"{x.DatasetKey}@{x.Label}",
            x.Namespace, x.Name, x.SourceKey, x.Label, x.ExternalVersion, x.Uri, x.ContentHash, x.Origin, FacetView.Of(x.DatasetFacets),
            FacetView.Of(x.Facets)))).ToList();
        return new LineageRunView(run.RunId, run.Job!.Namespace, run.Job.Name, run.Origin, run.State, run.StartedAt, run.EndedAt, run.CodeRepository,
            run.CodeCommit, run.CodePath, run.ParentRunId, model?.Key, model?.Label, run.ModelLink, FacetView.Of(run.Facets), FacetView.Of(run.Job.Facets),
            views.Where(v => v.Direction == DatasetDirection.Input).Select(v => v.View).ToList(),
            views.Where(v => v.Direction == DatasetDirection.Output).Select(v => v.View).ToList());
    }

    public async Task<ObservedDatasetView> GetDatasetAsync(string ns, string name, CancellationToken ct = default)
    {
        var hash = LineageIdentity.Of(ns, name);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dataset = await db.Datasets.AsNoTracking().Include(d => d.SourceSystem).SingleOrDefaultAsync(d => d.IdentityHash == hash, ct)
            ?? throw new NotFoundException($"No dataset '{name}' in namespace '{ns}' has been observed.");
        var versions = await db.DatasetVersions.AsNoTracking().Where(v => v.DatasetId == dataset.Id).Select(DatasetVersionProjection.ToView).ToListAsync(ct);
        return new ObservedDatasetView(dataset.Id, dataset.Key, dataset.Namespace, dataset.ExternalName, dataset.SourceSystem!.Key,
            FacetView.Of(dataset.Facets), versions.OrderByDescending(v => v.CapturedAt).ToList());
    }

    public async Task<LineageJobView> GetJobAsync(string ns, string name, CancellationToken ct = default)
    {
        var hash = LineageIdentity.Of(ns, name);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.LineageJobs.AsNoTracking().SingleOrDefaultAsync(j => j.IdentityHash == hash, ct)
            ?? throw new NotFoundException($"No job '{name}' in namespace '{ns}' has been observed.");
        var runs = await db.LineageRuns.CountAsync(r => r.JobId == job.Id, ct);
        return new LineageJobView(job.Id, job.Namespace, job.Name, job.Origin, FacetView.Of(job.Facets), runs);
    }
}
