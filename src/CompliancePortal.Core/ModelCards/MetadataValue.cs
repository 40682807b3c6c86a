namespace CompliancePortal.Core.ModelCards;

/// <summary>A value of card metadata as YAML has it: a scalar, a list or a map; lists and maps compare by content.</summary>
public abstract record MetadataValue;
