namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>The neighbourhood of a start node, upstream and downstream to a depth, as it stood at <see cref="AsOf"/> (now when null).</summary>
public sealed record LineageGraph(
    string Start,
    int Depth,
    DateTimeOffset? AsOf,
    int MaxNodes,
    bool Truncated,
    string? ProductionNote,
    IReadOnlyList<LineageNode> Nodes,
    IReadOnlyList<LineageEdge> Edges);
