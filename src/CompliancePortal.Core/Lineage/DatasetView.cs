namespace CompliancePortal.Core.Lineage;

public sealed record DatasetView(Guid Id, string Key, string Name, string SourceSystemKey, string SourceSystemName, string? Description,
    int VersionCount);
