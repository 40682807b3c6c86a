using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>Loads what the explorer shows of each node, one query per kind, as of a moment.</summary>
internal sealed class GraphNodes(PortalDbContext db, IProductionTimeline production, DateTimeOffset asOf, bool pointInTime)
{
    public async Task<List<LineageNode>> LoadAsync(IReadOnlySet<NodeId> ids, IReadOnlySet<NodeId> expandable, CancellationToken ct)
    {
        var nodes = new List<LineageNode>();
        LineageNode Node(NodeKind kind, Guid id, string label, string caption, DateTimeOffset? at, string? state = null, bool? inProduction = null) =>
            new(new NodeId(kind, id).ToString(), kind, label, caption, at, state, inProduction, expandable.Contains(new NodeId(kind, id)));

        var of = Of(ids, NodeKind.SourceSystem);
        nodes.AddRange((await db.SourceSystems.AsNoTracking().Where(s => of.Contains(s.Id)).Select(s => new { s.Id, s.Name, s.Kind, s.CreatedAt })
            .ToListAsync(ct)).Select(s => Node(NodeKind.SourceSystem, s.Id, s.Name, s.Kind, s.CreatedAt)));
        of = Of(ids, NodeKind.Dataset);
        nodes.AddRange((await db.Datasets.AsNoTracking().Where(d => of.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, Source = d.SourceSystem!.Name, d.CreatedAt }).ToListAsync(ct))
            .Select(d => Node(NodeKind.Dataset, d.Id, d.Name, d.Source, d.CreatedAt)));
        of = Of(ids, NodeKind.DatasetVersion);
        nodes.AddRange((await db.DatasetVersions.AsNoTracking().Where(v => of.Contains(v.Id) && v.CapturedAt <= asOf)
            .Select(v => new { v.Id, v.Label, v.Dataset!.Name, v.CapturedAt }).ToListAsync(ct))
            .Select(v => Node(NodeKind.DatasetVersion, v.Id, v.Label, v.Name, v.CapturedAt)));
        of = Of(ids, NodeKind.Job);
        nodes.AddRange((await db.LineageJobs.AsNoTracking().Where(j => of.Contains(j.Id)).Select(j => new { j.Id, j.Name, j.Namespace, j.CreatedAt })
            .ToListAsync(ct)).Select(j => Node(NodeKind.Job, j.Id, j.Name, j.Namespace, j.CreatedAt)));
        of = Of(ids, NodeKind.Run);
        var runs = await db.LineageRuns.AsNoTracking().Include(r => r.Job).Where(r => of.Contains(r.Id) && r.FirstEventAt <= asOf).ToListAsync(ct);
        nodes.AddRange(runs.Select(r => Node(NodeKind.Run, r.Id, $"{r.Job!.Name} run", r.RunId.ToString()[..8], r.StartedAt ?? r.FirstEventAt,
            r.StateAt(asOf).ToString())));
        of = Of(ids, NodeKind.ModelVersion);
        var versions = await db.ModelVersions.AsNoTracking().Where(v => of.Contains(v.Id) && v.RegisteredAt <= asOf)
            .Select(v => new { v.Id, v.Model!.Key, v.Label, v.Stage, v.RegisteredAt }).ToListAsync(ct);
        var inProduction = versions.Count == 0 ? null : await production.InProductionAsync(versions.Select(v => v.Id).ToList(), pointInTime ? asOf : null, ct);
        nodes.AddRange(versions.Select(v => Node(NodeKind.ModelVersion, v.Id, $"{v.Key} {v.Label}", pointInTime ? "model version" : v.Stage.ToString(),
            v.RegisteredAt, null, inProduction?.Contains(v.Id))));
        of = Of(ids, NodeKind.Prediction);
        nodes.AddRange((await db.Predictions.AsNoTracking().Where(p => of.Contains(p.Id) && p.PredictedAt <= asOf)
            .Select(p => new { p.Id, p.PredictionId, p.PredictedAt }).ToListAsync(ct))
            .Select(p => Node(NodeKind.Prediction, p.Id, p.PredictionId, "prediction", p.PredictedAt)));
        return nodes.OrderBy(n => n.Kind).ThenBy(n => n.Label, StringComparer.Ordinal).ToList();
    }

    private static List<Guid> Of(IReadOnlySet<NodeId> ids, NodeKind kind) => ids.Where(n => n.Kind == kind).Select(n => n.Id).ToList();
}
