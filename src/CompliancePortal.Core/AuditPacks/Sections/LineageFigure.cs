using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Lineage.Trace;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// Lays a version's traced lineage out as a diagram: source systems on top, the model version at the bottom, and each
/// run and dataset version in the layer of its longest path down to the model, so every arrow points downwards.
/// </summary>
internal static class LineageFigure
{
    public static DiagramElement From(VersionLineage lineage)
    {
        var model = lineage.ModelVersion;
        const string modelId = "model";
        var datasets = lineage.DatasetVersions.ToDictionary(d => d.Reference);
        var edges = new HashSet<DiagramEdge>();
        var training = lineage.Runs.Where(r => r.Role == "training").ToList();
        foreach (var run in lineage.Runs)
        {
            if (run.Role == "training")
            {
                edges.Add(new DiagramEdge(RunId(run), modelId));
            }
            edges.UnionWith(run.Read.Where(datasets.ContainsKey).Select(d => new DiagramEdge(DatasetId(d), RunId(run))));
            if (run.Role != "training")
            {
                edges.UnionWith(run.Wrote.Where(datasets.ContainsKey).Select(d => new DiagramEdge(RunId(run), DatasetId(d))));
            }
        }
        // A pinned dataset version its training run did not report reading still feeds the version: show it so.
        var readByTraining = training.SelectMany(r => r.Read).ToHashSet();
        edges.UnionWith(lineage.DatasetVersions.Where(d => d.PinnedByModelVersion && !readByTraining.Contains(d.Reference))
            .Select(d => new DiagramEdge(DatasetId(d.Reference), modelId)));

        // Depth is the longest path down to the model, found by relaxing the edges; the bound guards against a cycle in odd data.
        var depth = new Dictionary<string, int> { [modelId] = 0 };
        var ids = new List<string> { modelId };
        ids.AddRange(lineage.Runs.Select(RunId));
        ids.AddRange(datasets.Keys.Select(DatasetId));
        for (var pass = 0; pass < ids.Count; pass++)
        {
            var changed = false;
            foreach (var e in edges)
            {
                if (depth.TryGetValue(e.To, out var below) && (!depth.TryGetValue(e.From, out var d) || d < below + 1))
                {
                    depth[e.From] = below + 1;
                    changed = true;
                }
            }
            if (!changed)
            {
                break;
            }
        }
        var deepest = depth.Values.Max();
        foreach (var orphan in ids.Where(i => !depth.ContainsKey(i)))
        {
            // Not on a path to the model (a run's other output, say): drawn beside the model rather than left out.
            depth[orphan] = 0;
        }
        var hasSources = lineage.SourceSystems.Count > 0;
        var top = deepest + (hasSources ? 1 : 0);
        int Layer(string id) => top - depth[id];

        var nodes = new List<DiagramNode>();
        nodes.AddRange(lineage.SourceSystems.Select(s => new DiagramNode(SourceId(s.Key), s.Name, 0, $"source system {s.Key} ({s.Kind})")));
        nodes.AddRange(lineage.DatasetVersions.Select(d => new DiagramNode(DatasetId(d.Reference), d.Reference, Layer(DatasetId(d.Reference)),
            (d.PinnedByModelVersion ? "pinned; " : "") + (d.ContentSha256 is { } h ? $"sha256 {h[..12]}…" : "no content hash"))));
        nodes.AddRange(lineage.Runs.Select(r => new DiagramNode(RunId(r), r.JobName, Layer(RunId(r)), $"{r.Role} run, {r.State}")));
        nodes.Add(new DiagramNode(modelId, $"{model.ModelKey} {model.Label}", top, $"model version ({model.Stage})"));
        if (hasSources)
        {
            edges.UnionWith(lineage.DatasetVersions.Where(d => lineage.SourceSystems.Any(s => s.Key == d.SourceSystemKey))
                .Select(d => new DiagramEdge(SourceId(d.SourceSystemKey), DatasetId(d.Reference))));
        }
        return new DiagramElement(nodes.OrderBy(n => n.Layer).ToList(), edges.ToList(),
            $"Lineage of {model.ModelKey} {model.Label}: source systems on top, then the runs and dataset versions it came from, the model version at the bottom.");
    }

    private static string RunId(TracedRun run) => "run:" + run.RunId;

    private static string DatasetId(string reference) => "dataset:" + reference;

    private static string SourceId(string key) => "source:" + key;
}
