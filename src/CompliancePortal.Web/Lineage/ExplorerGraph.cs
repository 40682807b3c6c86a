using CompliancePortal.Core.Lineage.Graph;

namespace CompliancePortal.Web.Lineage;

/// <summary>
/// The part of the lineage graph the explorer has fetched: a start neighbourhood, grown by expanding nodes one at a time.
/// It never holds more than it was given, so the drawing stays as small as what the person asked to see.
/// </summary>
public sealed class ExplorerGraph
{
    private readonly Dictionary<string, LineageNode> _nodes = [];
    private readonly HashSet<LineageEdge> _edges = [];

    public IReadOnlyCollection<LineageNode> Nodes => _nodes.Values;

    public IReadOnlyCollection<LineageEdge> Edges => _edges;

    public bool Truncated { get; private set; }

    public string? ProductionNote { get; private set; }

    public void Replace(LineageGraph graph)
    {
        _nodes.Clear();
        _edges.Clear();
        Merge(graph);
    }

    /// <summary>Adds an expanded neighbourhood; a node already shown keeps its place and is no longer marked expandable once expanded.</summary>
    public void Merge(LineageGraph graph, string? expanded = null)
    {
        foreach (var node in graph.Nodes)
        {
            _nodes[node.Id] = _nodes.TryGetValue(node.Id, out var known) ? known with { Expandable = known.Expandable && node.Expandable } : node;
        }
        if (expanded is not null && _nodes.TryGetValue(expanded, out var done))
        {
            _nodes[expanded] = done with { Expandable = false };
        }
        _edges.UnionWith(graph.Edges);
        Truncated = graph.Truncated;
        ProductionNote = graph.ProductionNote;
    }

    public LineageNode? Find(string id) => _nodes.GetValueOrDefault(id);

    public IReadOnlyList<PlacedNode> Layout() => GraphLayout.Place(_nodes.Values.ToList(), _edges.ToList());
}
