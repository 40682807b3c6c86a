using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Lineage.OpenLineage;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage;

/// <summary>Merges one observed run event into its run: state and times, facets, code commit, and the dataset versions read and written.</summary>
internal sealed class RunRecorder(PortalDbContext db, AuditRecorder audit, ObservedCatalog catalog)
{
    public async Task<LineageRun> RecordAsync(ObservedEvent e, CancellationToken ct)
    {
        var job = await catalog.JobAsync(e.JobNamespace!, e.JobName!, ct);
        var run = await db.LineageRuns.SingleOrDefaultAsync(r => r.RunId == e.RunId, ct);
        var before = run?.Snapshot();
        if (run is null)
        {
            run = LineageRun.Observe(e.RunId!.Value, job, OriginOf(e), e.EventTime, audit.At);
            db.LineageRuns.Add(run);
        }
        else if (run.JobId != job.Id)
        {
            throw new Common.ValidationFailedException(new Dictionary<string, string[]>
            {
                ["run.runId"] = [$"Run {e.RunId} is already recorded for another job; a run id belongs to one job."],
            });
        }
        var newer = e.EventTime >= run.LastEventAt;
        job.MergeFacets(e.JobFacets, newer, audit.At);
        run.Apply(e.EventType, e.EventTime, e.RunFacets, e.Code, e.ParentRunId, audit.At);

        var edges = await db.LineageRunDatasets.Include(x => x.DatasetVersion).Where(x => x.LineageRunId == run.Id).ToListAsync(ct);
        foreach (var input in e.Inputs)
        {
            await RecordDatasetAsync(run, edges, input, DatasetDirection.Input, e, newer, ct);
        }
        foreach (var output in e.Outputs)
        {
            await RecordDatasetAsync(run, edges, output, DatasetDirection.Output, e, newer, ct);
        }
        audit.Record("lineage-run.event-recorded", nameof(LineageRun), run.Id.ToString(), before, run.Snapshot());
        if (run.ModelVersionId is null)
        {
            await LinkByArtifactAsync(run, edges, ct);
        }
        return run;
    }

    private async Task RecordDatasetAsync(LineageRun run, List<LineageRunDataset> edges, ObservedDataset observed, DatasetDirection direction,
        ObservedEvent e, bool newer, CancellationToken ct)
    {
        var kind = run.Origin == LineageOrigin.Dvc ? "DVC repository" : SourceKind(observed.Namespace);
        var dataset = await catalog.DatasetAsync(observed.Namespace, observed.Name, kind, ct);
        dataset.MergeFacets(observed.Facets, newer);
        var uri = LineageIdentity.DatasetUri(observed.Namespace, observed.Name);
        DatasetVersion version;
        if (observed.Version is { } given)
        {
            version = await catalog.VersionAsync(dataset, given, uri, null, e.EventTime, ct);
        }
        else if (edges.FirstOrDefault(x => x.Direction == direction && x.DatasetVersion!.DatasetId == dataset.Id) is { } known)
        {
            // A run reads and writes one version of each dataset: later events of the run name the same one.
            version = known.DatasetVersion!;
        }
        else if (direction == DatasetDirection.Input && await catalog.LatestVersionAsync(dataset, e.EventTime, ct) is { } latest)
        {
            version = latest;
        }
        else
        {
            var derived = direction == DatasetDirection.Output ? $"run-{run.RunId:N}" : $"seen-{run.RunId:N}";
            version = await catalog.VersionAsync(dataset, derived, uri, null, e.EventTime, ct);
        }
        var edge = edges.FirstOrDefault(x => x.DatasetVersionId == version.Id && x.Direction == direction);
        if (edge is null)
        {
            edge = LineageRunDataset.Observe(run, version, direction, e.EventTime);
            db.LineageRunDatasets.Add(edge);
            edges.Add(edge);
        }
        edge.Apply(observed.IoFacets, e.EventTime, newer);
    }

    private async Task LinkByArtifactAsync(LineageRun run, List<LineageRunDataset> edges, CancellationToken ct)
    {
        var uris = edges.Where(x => x.Direction == DatasetDirection.Output).Select(x => x.DatasetVersion!.Uri)
            .SelectMany(u => new[] { u, u.TrimEnd('/') }).Distinct().ToList();
        if (uris.Count == 0)
        {
            return;
        }
        var matches = await db.ModelVersions.Where(v => uris.Contains(v.ArtifactUri)).Select(v => new { v.Id, ModelKey = v.Model!.Key }).ToListAsync(ct);
        if (matches.Count == 1)
        {
            var before = run.Snapshot();
            run.LinkTo(matches[0].Id, RunModelLink.ArtifactUri, audit.At);
            audit.Record("lineage-run.linked", nameof(LineageRun), run.Id.ToString(), before, run.Snapshot(), matches[0].ModelKey);
        }
    }

    private static LineageOrigin OriginOf(ObservedEvent e) =>
        e.Producer.StartsWith(Dvc.DvcLineage.Producer, StringComparison.Ordinal) ? LineageOrigin.Dvc : LineageOrigin.OpenLineage;

    /// <summary>What kind of system a namespace names: its URI scheme (postgres, s3, kafka), or the namespace itself (bigquery, file).</summary>
    public static string SourceKind(string ns)
    {
        var scheme = ns.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0 ? ns[..scheme] : ns;
    }
}
