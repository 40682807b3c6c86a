namespace CompliancePortal.Core.ModelCards;

public sealed record MetadataEntry(string Key, MetadataValue Value);
