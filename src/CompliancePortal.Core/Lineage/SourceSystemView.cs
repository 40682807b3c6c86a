namespace CompliancePortal.Core.Lineage;

public sealed record SourceSystemView(Guid Id, string Key, string Name, string Kind, string? Description, int DatasetCount);
