namespace CompliancePortal.Core.Lineage.Graph;

public sealed record NodeProperty(string Name, string Value, bool IsHash = false);
