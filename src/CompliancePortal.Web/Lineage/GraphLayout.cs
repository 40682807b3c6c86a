using CompliancePortal.Core.Lineage.Graph;

namespace CompliancePortal.Web.Lineage;

/// <summary>
/// A layered (Sugiyama-style) layout: each node's column is the longest path to it from a node with no incoming edge, so
/// data flows left to right; rows within a column are ordered by the mean row of their neighbours, in sweeps both ways,
/// to keep edges short and crossings few.
/// </summary>
public static class GraphLayout
{
    public const double NodeWidth = 180, NodeHeight = 54, ColumnGap = 56, RowGap = 22;

    public static IReadOnlyList<PlacedNode> Place(IReadOnlyList<LineageNode> nodes, IReadOnlyList<LineageEdge> edges)
    {
        var ids = nodes.Select(n => n.Id).ToHashSet();
        var live = edges.Where(e => ids.Contains(e.From) && ids.Contains(e.To) && e.From != e.To).ToList();
        var incoming = live.GroupBy(e => e.To).ToDictionary(g => g.Key, g => g.Select(e => e.From).ToList());
        var outgoing = live.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());

        var layer = nodes.ToDictionary(n => n.Id, _ => 0);
        // Longest-path layering by relaxation; bounded by the node count so a cycle in bad data cannot loop forever.
        for (var pass = 0; pass < nodes.Count; pass++)
        {
            var changed = false;
            foreach (var e in live)
            {
                if (layer[e.To] < layer[e.From] + 1 && layer[e.From] + 1 < nodes.Count)
                {
                    layer[e.To] = layer[e.From] + 1;
                    changed = true;
                }
            }
            if (!changed)
            {
                break;
            }
        }

        // A node nothing flows into (a dataset above its version, a job above its run) sits just left of what it feeds, not in column 0.
        foreach (var n in nodes.Where(n => !incoming.ContainsKey(n.Id) && outgoing.ContainsKey(n.Id)))
        {
            layer[n.Id] = Math.Max(0, outgoing[n.Id].Min(t => layer[t]) - 1);
        }

        var columns = nodes.GroupBy(n => layer[n.Id]).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(n => n.Kind).ThenBy(n => n.Label, StringComparer.Ordinal).Select(n => n.Id).ToList()).ToList();
        var row = new Dictionary<string, double>();
        Renumber(columns, row);
        for (var sweep = 0; sweep < 4; sweep++)
        {
            var forward = sweep % 2 == 0;
            var order = forward ? columns.Skip(1) : Enumerable.Reverse(columns).Skip(1);
            foreach (var column in order)
            {
                var neighbours = forward ? incoming : outgoing;
                column.Sort((a, b) => Barycenter(a, neighbours, row).CompareTo(Barycenter(b, neighbours, row)));
                for (var i = 0; i < column.Count; i++)
                {
                    row[column[i]] = i;
                }
            }
        }

        var tallest = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        var byId = nodes.ToDictionary(n => n.Id);
        var placed = new List<PlacedNode>();
        for (var c = 0; c < columns.Count; c++)
        {
            // Centre each column against the tallest so short columns sit in the middle.
            var offset = (tallest - columns[c].Count) * (NodeHeight + RowGap) / 2;
            for (var r = 0; r < columns[c].Count; r++)
            {
                placed.Add(new PlacedNode(byId[columns[c][r]], c * (NodeWidth + ColumnGap), offset + r * (NodeHeight + RowGap)));
            }
        }
        return placed;
    }

    private static void Renumber(List<List<string>> columns, Dictionary<string, double> row)
    {
        foreach (var column in columns)
        {
            for (var i = 0; i < column.Count; i++)
            {
                row[column[i]] = i;
            }
        }
    }

    private static double Barycenter(string id, Dictionary<string, List<string>> neighbours, Dictionary<string, double> row) =>
        neighbours.TryGetValue(id, out var list) && list.Count > 0 ? list.Average(n => row[n]) : row[id];
}
