namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>A directed edge in the direction data flows: source → dataset → version → run → version → model version → prediction.</summary>
public sealed record LineageEdge(string From, string To, string Relation);
