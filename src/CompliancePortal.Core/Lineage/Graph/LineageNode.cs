namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>
/// One node as the explorer draws it. <see cref="Expandable"/> marks a node whose neighbours were not all fetched (it lies
/// at the depth limit, or its neighbours were cut by the node budget). <see cref="InProduction"/> is null when unknown.
/// </summary>
public sealed record LineageNode(
    string Id,
    NodeKind Kind,
    string Label,
    string Caption,
    DateTimeOffset? At,
    string? State,
    bool? InProduction,
    bool Expandable);
