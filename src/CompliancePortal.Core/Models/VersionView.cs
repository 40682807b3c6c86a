using CompliancePortal.Core.Lineage;

namespace CompliancePortal.Core.Models;

public sealed record VersionView(
    Guid Id,
    string ModelKey,
    string ModelName,
    RiskTier RiskTier,
    string Label,
    string ArtifactUri,
    string ArtifactSha256,
    string CodeRepository,
    string CodeCommit,
    string EnvironmentLockHash,
    ChangeClass ChangeClass,
    ModelStage Stage,
    string? Notes,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<DatasetVersionView> Datasets);
