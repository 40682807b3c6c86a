using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>
/// One breadth-first step: the neighbours of a frontier of nodes in one direction, each query over an indexed foreign
/// key with the frontier's ids, newest first and capped at the remaining node budget.
/// </summary>
internal sealed class GraphStep(PortalDbContext db, DateTimeOffset asOf, int limit)
{
    public async Task<List<LineageEdgeKey>> DownstreamAsync(IReadOnlyList<NodeId> frontier, CancellationToken ct)
    {
        var found = new List<LineageEdgeKey>();
        var ids = Ids(frontier, NodeKind.SourceSystem);
        if (ids.Count > 0)
        {
            found.AddRange((await db.Datasets.AsNoTracking().Where(d => ids.Contains(d.SourceSystemId)).OrderBy(d => d.Name).Take(limit)
                .Select(d => new { d.SourceSystemId, d.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.SourceSystem, x.SourceSystemId, NodeKind.Dataset, x.Id, "contains")));
        }
        ids = Ids(frontier, NodeKind.Dataset);
        if (ids.Count > 0)
        {
            found.AddRange((await db.DatasetVersions.AsNoTracking().Where(v => ids.Contains(v.DatasetId) && v.CapturedAt <= asOf)
                .OrderByDescending(v => v.CapturedAt).Take(limit).Select(v => new { v.DatasetId, v.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Dataset, x.DatasetId, NodeKind.DatasetVersion, x.Id, "version")));
        }
        ids = Ids(frontier, NodeKind.DatasetVersion);
        if (ids.Count > 0)
        {
            found.AddRange((await db.LineageRunDatasets.AsNoTracking()
                .Where(x => ids.Contains(x.DatasetVersionId) && x.Direction == DatasetDirection.Input && x.ObservedAt <= asOf)
                .OrderByDescending(x => x.ObservedAt).Take(limit).Select(x => new { x.DatasetVersionId, x.LineageRunId }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.DatasetVersion, x.DatasetVersionId, NodeKind.Run, x.LineageRunId, "read by")));
            found.AddRange((await db.ModelVersionDatasets.AsNoTracking()
                .Where(x => ids.Contains(x.DatasetVersionId) && db.ModelVersions.Any(v => v.Id == x.ModelVersionId && v.RegisteredAt <= asOf))
                .Take(limit).Select(x => new { x.DatasetVersionId, x.ModelVersionId }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.DatasetVersion, x.DatasetVersionId, NodeKind.ModelVersion, x.ModelVersionId, "trained")));
        }
        ids = Ids(frontier, NodeKind.Job);
        if (ids.Count > 0)
        {
            found.AddRange((await db.LineageRuns.AsNoTracking().Where(r => ids.Contains(r.JobId) && r.FirstEventAt <= asOf)
                .OrderByDescending(r => r.FirstEventAt).Take(limit).Select(r => new { r.JobId, r.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Job, x.JobId, NodeKind.Run, x.Id, "ran")));
        }
        ids = Ids(frontier, NodeKind.Run);
        if (ids.Count > 0)
        {
            found.AddRange((await db.LineageRunDatasets.AsNoTracking()
                .Where(x => ids.Contains(x.LineageRunId) && x.Direction == DatasetDirection.Output && x.ObservedAt <= asOf)
                .Take(limit).Select(x => new { x.LineageRunId, x.DatasetVersionId }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Run, x.LineageRunId, NodeKind.DatasetVersion, x.DatasetVersionId, "wrote")));
            found.AddRange((await db.LineageRuns.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ModelVersionId != null)
                .Select(r => new { r.Id, ModelVersionId = r.ModelVersionId!.Value }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Run, x.Id, NodeKind.ModelVersion, x.ModelVersionId, "produced")));
        }
        ids = Ids(frontier, NodeKind.ModelVersion);
        if (ids.Count > 0)
        {
            found.AddRange((await db.Predictions.AsNoTracking().Where(p => ids.Contains(p.ModelVersionId) && p.PredictedAt <= asOf)
                .OrderByDescending(p => p.PredictedAt).Take(limit).Select(p => new { p.ModelVersionId, p.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.ModelVersion, x.ModelVersionId, NodeKind.Prediction, x.Id, "predicted")));
        }
        return found;
    }

    public async Task<List<LineageEdgeKey>> UpstreamAsync(IReadOnlyList<NodeId> frontier, CancellationToken ct)
    {
        var found = new List<LineageEdgeKey>();
        var ids = Ids(frontier, NodeKind.Dataset);
        if (ids.Count > 0)
        {
            found.AddRange((await db.Datasets.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.SourceSystemId, d.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.SourceSystem, x.SourceSystemId, NodeKind.Dataset, x.Id, "contains")));
        }
        ids = Ids(frontier, NodeKind.DatasetVersion);
        if (ids.Count > 0)
        {
            found.AddRange((await db.DatasetVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new { v.DatasetId, v.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Dataset, x.DatasetId, NodeKind.DatasetVersion, x.Id, "version")));
            found.AddRange((await db.LineageRunDatasets.AsNoTracking()
                .Where(x => ids.Contains(x.DatasetVersionId) && x.Direction == DatasetDirection.Output && x.ObservedAt <= asOf)
                .OrderByDescending(x => x.ObservedAt).Take(limit).Select(x => new { x.LineageRunId, x.DatasetVersionId }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Run, x.LineageRunId, NodeKind.DatasetVersion, x.DatasetVersionId, "wrote")));
        }
        ids = Ids(frontier, NodeKind.Run);
        if (ids.Count > 0)
        {
            found.AddRange((await db.LineageRuns.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.JobId, r.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Job, x.JobId, NodeKind.Run, x.Id, "ran")));
            found.AddRange((await db.LineageRunDatasets.AsNoTracking()
                .Where(x => ids.Contains(x.LineageRunId) && x.Direction == DatasetDirection.Input && x.ObservedAt <= asOf)
                .Take(limit).Select(x => new { x.DatasetVersionId, x.LineageRunId }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.DatasetVersion, x.DatasetVersionId, NodeKind.Run, x.LineageRunId, "read by")));
        }
        ids = Ids(frontier, NodeKind.ModelVersion);
        if (ids.Count > 0)
        {
            found.AddRange((await db.ModelVersionDatasets.AsNoTracking().Where(x => ids.Contains(x.ModelVersionId))
                .Select(x => new { x.DatasetVersionId, x.ModelVersionId }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.DatasetVersion, x.DatasetVersionId, NodeKind.ModelVersion, x.ModelVersionId, "trained")));
            found.AddRange((await db.LineageRuns.AsNoTracking().Where(r => r.ModelVersionId != null && ids.Contains(r.ModelVersionId.Value) && r.FirstEventAt <= asOf)
                .Take(limit).Select(r => new { r.Id, ModelVersionId = r.ModelVersionId!.Value }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.Run, x.Id, NodeKind.ModelVersion, x.ModelVersionId, "produced")));
        }
        ids = Ids(frontier, NodeKind.Prediction);
        if (ids.Count > 0)
        {
            found.AddRange((await db.Predictions.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.ModelVersionId, p.Id }).ToListAsync(ct))
                .Select(x => Edge(NodeKind.ModelVersion, x.ModelVersionId, NodeKind.Prediction, x.Id, "predicted")));
        }
        return found;
    }

    private static List<Guid> Ids(IReadOnlyList<NodeId> frontier, NodeKind kind) => frontier.Where(n => n.Kind == kind).Select(n => n.Id).ToList();

    private static LineageEdgeKey Edge(NodeKind fromKind, Guid from, NodeKind toKind, Guid to, string relation) =>
        new(new NodeId(fromKind, from), new NodeId(toKind, to), relation);
}
