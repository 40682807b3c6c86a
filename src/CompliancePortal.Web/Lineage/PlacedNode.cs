using CompliancePortal.Core.Lineage.Graph;

namespace CompliancePortal.Web.Lineage;

/// <summary>A node with its position in the drawing (top-left corner, in graph units).</summary>
public sealed record PlacedNode(LineageNode Node, double X, double Y);
