namespace CompliancePortal.Core.Lineage.Trace;

public sealed record TracedSourceSystem(string Key, string Name, string Kind, string? Namespace, string? Description);
