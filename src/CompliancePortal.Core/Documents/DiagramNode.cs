namespace CompliancePortal.Core.Documents;

/// <summary>One box of a diagram: a bold label, an optional smaller note beneath it, and the layer it stands in (0 is the top).</summary>
public sealed record DiagramNode(string Id, string Label, int Layer, string? Note = null);
