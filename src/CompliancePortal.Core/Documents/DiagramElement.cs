namespace CompliancePortal.Core.Documents;

/// <summary>
/// A figure of labelled boxes in layers, top to bottom, joined by arrows, drawn as vectors (a lineage from source
/// systems down to a model version, say). It must fit on one page: at most <see cref="MaxLayers"/> layers of
/// <see cref="MaxPerLayer"/> boxes; a larger one is replaced by a line saying so, since its content belongs in a table.
/// </summary>
public sealed record DiagramElement(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges, string? Caption = null) : DocumentElement
{
    public const int MaxLayers = 12;
    public const int MaxPerLayer = 5;

    public bool Fits => Nodes.Select(n => n.Layer).Distinct().Count() <= MaxLayers && Nodes.GroupBy(n => n.Layer).All(g => g.Count() <= MaxPerLayer);
}
