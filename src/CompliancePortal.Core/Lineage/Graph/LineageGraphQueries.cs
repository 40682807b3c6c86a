using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>
/// Reads the neighbourhood of one node, upstream and downstream to a depth, bounded by a node budget: the cost depends
/// on the size of the neighbourhood, never on the size of the whole graph.
/// </summary>
public sealed class LineageGraphQueries(IDbContextFactory<PortalDbContext> contexts, IProductionTimeline production, TimeProvider time)
{
    public async Task<LineageGraph> NeighbourhoodAsync(GraphRequest request, CancellationToken ct = default)
    {
        var start = request.Validate();
        var asOf = request.AsOf?.ToUniversalTime() ?? time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var seen = new HashSet<NodeId> { start };
        var edges = new HashSet<LineageEdgeKey>();
        var expandable = new HashSet<NodeId>();
        var truncated = false;
        foreach (var downstream in new[] { true, false })
        {
            var frontier = new List<NodeId> { start };
            for (var depth = 1; depth <= request.Depth && frontier.Count > 0; depth++)
            {
                var limit = request.MaxNodes - seen.Count + 1;
                var step = new GraphStep(db, asOf, Math.Max(limit, 1));
                var found = downstream ? await step.DownstreamAsync(frontier, ct) : await step.UpstreamAsync(frontier, ct);
                var next = new List<NodeId>();
                foreach (var edge in found)
                {
                    var neighbour = downstream ? edge.To : edge.From;
                    if (!seen.Contains(neighbour))
                    {
                        if (seen.Count >= request.MaxNodes)
                        {
                            truncated = true;
                            expandable.Add(downstream ? edge.From : edge.To);
                            continue;
                        }
                        seen.Add(neighbour);
                        next.Add(neighbour);
                    }
                    edges.Add(edge);
                }
                frontier = next;
            }
            expandable.UnionWith(frontier);
        }
        var nodes = await new GraphNodes(db, production, asOf, request.AsOf is not null).LoadAsync(seen, expandable, ct);
        if (nodes.Count == 0)
        {
            throw new NotFoundException($"There is no node {request.NodeId}.");
        }
        if (!nodes.Any(n => n.Id == start.ToString()))
        {
            throw new NotFoundException($"Node {request.NodeId} did not exist at {asOf:u}.");
        }
        var ids = nodes.Select(n => n.Id).ToHashSet();
        return new LineageGraph(start.ToString(), request.Depth, request.AsOf, request.MaxNodes, truncated, production.Limitation(request.AsOf), nodes,
            edges.Select(e => new LineageEdge(e.From.ToString(), e.To.ToString(), e.Relation)).Where(e => ids.Contains(e.From) && ids.Contains(e.To))
                .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList());
    }

    /// <summary>Start nodes whose name contains <paramref name="text"/> (or whose id is it), a few of each kind.</summary>
    public async Task<IReadOnlyList<LineageNode>> SearchAsync(string text, int perKind = 8, CancellationToken ct = default)
    {
        var q = text?.Trim().ToLowerInvariant() ?? "";
        if (q.Length < 2)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = new List<NodeId>();
        ids.AddRange((await db.SourceSystems.AsNoTracking().Where(s => s.Name.ToLower().Contains(q) || s.Key.Contains(q)).OrderBy(s => s.Name).Take(perKind)
            .Select(s => s.Id).ToListAsync(ct)).Select(id => new NodeId(NodeKind.SourceSystem, id)));
        ids.AddRange((await db.Datasets.AsNoTracking().Where(d => d.Name.ToLower().Contains(q) || d.Key.Contains(q)).OrderBy(d => d.Name).Take(perKind)
            .Select(d => d.Id).ToListAsync(ct)).Select(id => new NodeId(NodeKind.Dataset, id)));
        ids.AddRange((await db.LineageJobs.AsNoTracking().Where(j => j.Name.ToLower().Contains(q)).OrderBy(j => j.Name).Take(perKind)
            .Select(j => j.Id).ToListAsync(ct)).Select(id => new NodeId(NodeKind.Job, id)));
        ids.AddRange((await db.ModelVersions.AsNoTracking().Where(v => v.Model!.Key.Contains(q) || v.Model.Name.ToLower().Contains(q))
            .OrderBy(v => v.Model!.Key).ThenByDescending(v => v.RegisteredAt).Take(perKind).Select(v => v.Id).ToListAsync(ct))
            .Select(id => new NodeId(NodeKind.ModelVersion, id)));
        ids.AddRange((await db.Predictions.AsNoTracking().Where(p => p.PredictionId == text!.Trim()).Select(p => p.Id).ToListAsync(ct))
            .Select(id => new NodeId(NodeKind.Prediction, id)));
        if (Guid.TryParse(q, out var runId))
        {
            ids.AddRange((await db.LineageRuns.AsNoTracking().Where(r => r.RunId == runId).Select(r => r.Id).ToListAsync(ct))
                .Select(id => new NodeId(NodeKind.Run, id)));
        }
        var nodes = await new GraphNodes(db, production, time.GetUtcNow(), false).LoadAsync(ids.ToHashSet(), new HashSet<NodeId>(), ct);
        return nodes.OrderBy(n => n.Kind).ThenBy(n => n.Label).ToList();
    }
}
