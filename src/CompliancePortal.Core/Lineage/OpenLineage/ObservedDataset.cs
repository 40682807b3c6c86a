namespace CompliancePortal.Core.Lineage.OpenLineage;

/// <summary>A dataset as an event names it: namespace and name, its dataset facets, and the input or output facets of this run.</summary>
public sealed record ObservedDataset(string Namespace, string Name, string Facets, string IoFacets, string? Version);
