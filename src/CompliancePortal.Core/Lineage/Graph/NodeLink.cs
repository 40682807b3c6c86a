namespace CompliancePortal.Core.Lineage.Graph;

public sealed record NodeLink(string Text, string Href);
