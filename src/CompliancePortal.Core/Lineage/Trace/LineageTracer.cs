using System.Text.Json;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>
/// Walks back from a model version (or a prediction it made) to the raw data: the dataset versions it pins and its linked
/// training runs read, then the runs that wrote those versions and what they read, up to a bound, then the source systems.
/// </summary>
public sealed class LineageTracer(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public const int MaxUpstreamSteps = 10;
    public const int MaxDatasetVersions = 500;

    public async Task<PredictionTraceView> TraceAsync(string predictionId, CancellationToken ct = default)
    {
        var id = predictionId?.Trim() ?? "";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var prediction = await db.Predictions.AsNoTracking().SingleOrDefaultAsync(p => p.PredictionId == id, ct)
            ?? throw new NotFoundException($"No prediction with the id '{id}' has been logged.");
        using var records = JsonDocument.Parse(prediction.SourceRecords);
        var lineage = await WalkAsync(db, prediction.ModelVersionId, ct);
        return new PredictionTraceView(new TracedPrediction(prediction.PredictionId, prediction.PredictedAt, prediction.InputHash, records.RootElement.Clone()),
            lineage, time.GetUtcNow());
    }

    public async Task<VersionLineage> VersionLineageAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var versionId = await db.ModelVersions.AsNoTracking().Where(v => v.Model!.Key == modelKey && v.Label == label).Select(v => (Guid?)v.Id)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Model {modelKey} has no version '{label}'.");
        return await WalkAsync(db, versionId, ct);
    }

    private static async Task<VersionLineage> WalkAsync(PortalDbContext db, Guid versionId, CancellationToken ct)
    {
        var version = await db.ModelVersions.AsNoTracking().Include(v => v.Model).SingleAsync(v => v.Id == versionId, ct);
        var pinned = await db.ModelVersionDatasets.AsNoTracking().Where(d => d.ModelVersionId == versionId).Select(d => d.DatasetVersionId).ToListAsync(ct);
        var training = await db.LineageRuns.AsNoTracking().Where(r => r.ModelVersionId == versionId).Select(r => r.Id).ToListAsync(ct);

        var runRoles = training.ToDictionary(r => r, _ => "training");
        var versions = new HashSet<Guid>(pinned);
        var frontierRuns = training.ToList();
        var frontierVersions = pinned.ToList();
        var edges = new List<(Guid Run, Guid Version, DatasetDirection Direction)>();
        for (var step = 0; step < MaxUpstreamSteps && (frontierRuns.Count > 0 || frontierVersions.Count > 0) && versions.Count < MaxDatasetVersions; step++)
        {
            if (frontierRuns.Count > 0)
            {
                var io = await db.LineageRunDatasets.AsNoTracking().Where(x => frontierRuns.Contains(x.LineageRunId))
                    .Select(x => new { x.LineageRunId, x.DatasetVersionId, x.Direction }).ToListAsync(ct);
                edges.AddRange(io.Select(x => (x.LineageRunId, x.DatasetVersionId, x.Direction)));
                frontierVersions.AddRange(io.Where(x => x.Direction == DatasetDirection.Input).Select(x => x.DatasetVersionId).Where(versions.Add));
            }
            var writers = await db.LineageRunDatasets.AsNoTracking()
                .Where(x => frontierVersions.Contains(x.DatasetVersionId) && x.Direction == DatasetDirection.Output).Select(x => x.LineageRunId).Distinct()
                .ToListAsync(ct);
            frontierRuns = writers.Where(r => runRoles.TryAdd(r, "upstream")).ToList();
            frontierVersions = [];
        }

        var versionIds = versions.ToList();
        var datasetVersions = await db.DatasetVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new
            {
                v.Id, v.Label, DatasetKey = v.Dataset!.Key, DatasetName = v.Dataset.Name, v.Dataset.Namespace, v.Uri, v.ContentHash, v.ExternalVersion, v.Origin,
                v.CapturedAt, SourceId = v.Dataset.SourceSystemId, SourceKey = v.Dataset.SourceSystem!.Key,
            }).ToListAsync(ct);
        var references = datasetVersions.ToDictionary(v => v.Id, v => $"{v.DatasetKey}@{v.Label}");
        // A run's outputs off the upstream path (the training run's artifact, say) are named too, not shown as bare ids.
        var unnamed = edges.Select(e => e.Version).Where(id => !references.ContainsKey(id)).Distinct().ToList();
        foreach (var other in await db.DatasetVersions.AsNoTracking().Where(v => unnamed.Contains(v.Id))
            .Select(v => new { v.Id, v.Label, DatasetKey = v.Dataset!.Key }).ToListAsync(ct))
        {
            references[other.Id] = $"{other.DatasetKey}@{other.Label}";
        }
        var runIds = runRoles.Keys.ToList();
        var runs = await db.LineageRuns.AsNoTracking().Include(r => r.Job).Where(r => runIds.Contains(r.Id)).ToListAsync(ct);
        var sourceIds = datasetVersions.Select(v => v.SourceId).Distinct().ToList();
        var sources = await db.SourceSystems.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).OrderBy(s => s.Key).ToListAsync(ct);

        string Ref(Guid id) => references.TryGetValue(id, out var r) ? r : id.ToString();
        var tracedRuns = runs.OrderBy(r => runRoles[r.Id] == "training" ? 0 : 1).ThenByDescending(r => r.FirstEventAt).Select(r => new TracedRun(
            r.RunId, runRoles[r.Id], r.Job!.Namespace, r.Job.Name, r.State, r.StartedAt, r.EndedAt, r.CodeRepository, r.CodeCommit,
            edges.Where(e => e.Run == r.Id && e.Direction == DatasetDirection.Input).Select(e => Ref(e.Version)).Distinct().Order().ToList(),
            edges.Where(e => e.Run == r.Id && e.Direction == DatasetDirection.Output).Select(e => Ref(e.Version)).Distinct().Order().ToList())).ToList();
        var pinnedSet = pinned.ToHashSet();
        var tracedVersions = datasetVersions.OrderBy(v => references[v.Id]).Select(v => new TracedDatasetVersion(references[v.Id], v.DatasetName, v.Namespace,
            v.Uri, v.ContentHash.Length == 64 ? v.ContentHash : null, v.ExternalVersion, v.Origin, v.CapturedAt, v.SourceKey, pinnedSet.Contains(v.Id))).ToList();
        var tracedSources = sources.Select(s => new TracedSourceSystem(s.Key, s.Name, s.Kind, s.Namespace, s.Description)).ToList();
        var model = new TracedModelVersion(version.Id, version.Model!.Key, version.Model.Name, version.Label, version.Stage.ToString(), version.ArtifactUri,
            version.ArtifactSha256, version.CodeRepository, version.CodeCommit, version.EnvironmentLockHash, version.RegisteredAt);
        return new VersionLineage(model, tracedRuns, tracedVersions, tracedSources, LineageGaps.Find(model, tracedRuns, tracedVersions, tracedSources));
    }
}
