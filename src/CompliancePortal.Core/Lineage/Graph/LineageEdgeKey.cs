namespace CompliancePortal.Core.Lineage.Graph;

internal readonly record struct LineageEdgeKey(NodeId From, NodeId To, string Relation);
