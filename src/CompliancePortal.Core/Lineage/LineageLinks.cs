using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage;

/// <summary>Links a training run to the model version it produced, by hand or by the version's artifact URI.</summary>
public sealed class LineageLinks(AuditedChanges changes, IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>
    /// Unlinked runs that wrote this version's artifact URI: a run reported before its version was registered, so the
    /// automatic link at ingestion could not be made. The owner confirms one.
    /// </summary>
    public async Task<IReadOnlyList<Trace.LinkCandidate>> CandidatesAsync(string modelKey, string versionLabel, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var artifact = await db.ModelVersions.AsNoTracking().Where(v => v.Model!.Key == modelKey && v.Label == versionLabel).Select(v => v.ArtifactUri)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Model {modelKey} has no version '{versionLabel}'.");
        var uris = new[] { artifact, artifact.TrimEnd('/') }.Distinct().ToList();
        return await db.LineageRunDatasets.AsNoTracking()
            .Where(x => x.Direction == DatasetDirection.Output && uris.Contains(x.DatasetVersion!.Uri))
            .Join(db.LineageRuns.Where(r => r.ModelVersionId == null), x => x.LineageRunId, r => r.Id, (x, r) => r)
            .OrderByDescending(r => r.LastEventAt).Take(10)
            .Select(r => new Trace.LinkCandidate(r.RunId, r.Job!.Name, r.State, r.EndedAt)).ToListAsync(ct);
    }

    public Task LinkAsync(Actor actor, Guid runId, string modelKey, string versionLabel, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var run = await db.LineageRuns.SingleOrDefaultAsync(r => r.RunId == runId, ct)
                ?? throw new NotFoundException($"No run with the id {runId} has been received.");
            var version = await db.ModelVersions.Include(v => v.Model).SingleOrDefaultAsync(v => v.Model!.Key == modelKey && v.Label == versionLabel, ct)
                ?? throw new NotFoundException($"Model {modelKey} has no version '{versionLabel}'.");
            if (!actor.IsActingOwner(version.Model!) && !actor.HasRole(PortalRoles.Administrator))
            {
                throw new AccessDeniedException($"Only the owner or backup owner of {modelKey}, or an administrator, can link runs to its versions.");
            }
            if (run.ModelVersionId is { } linked && linked != version.Id)
            {
                throw new ConflictException($"Run {runId} is already linked to another model version; a run produces one version.");
            }
            if (run.ModelVersionId == version.Id)
            {
                return;
            }
            var before = run.Snapshot();
            run.LinkTo(version.Id, RunModelLink.Manual, audit.At);
            audit.Record("lineage-run.linked", nameof(LineageRun), run.Id.ToString(), before, run.Snapshot(), modelKey);
        }, ct);
}
