using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>What part of the graph to read: from a node, how deep each way, how many nodes at most, and as of when.</summary>
public sealed record GraphRequest(string NodeId, int Depth = 2, int MaxNodes = GraphRequest.DefaultMaxNodes, DateTimeOffset? AsOf = null)
{
    public const int MaxDepth = 8;
    public const int DefaultMaxNodes = 300;
    public const int MaxMaxNodes = 2000;

    public NodeId Validate()
    {
        var valid = Graph.NodeId.TryParse(NodeId, out var id);
        new ValidationErrors()
            .When(!valid, "nodeId", $"'{NodeId}' is not a node id; write it as {Graph.NodeId.Format}.")
            .When(Depth is < 1 or > MaxDepth, "depth", $"The depth must be between 1 and {MaxDepth}.")
            .When(MaxNodes is < 1 or > MaxMaxNodes, "maxNodes", $"The node budget must be between 1 and {MaxMaxNodes}.")
            .ThrowIfAny();
        return id;
    }
}
