namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>What the explorer's detail panel shows of one node: its properties (hashes marked), facets as received, and links.</summary>
public sealed record NodeDetails(
    string Id,
    NodeKind Kind,
    string Title,
    IReadOnlyList<NodeProperty> Properties,
    IReadOnlyList<KeyValuePair<string, string>> Facets,
    IReadOnlyList<NodeLink> Links);
