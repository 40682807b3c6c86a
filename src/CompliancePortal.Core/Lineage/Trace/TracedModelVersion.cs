namespace CompliancePortal.Core.Lineage.Trace;

public sealed record TracedModelVersion(
    Guid Id,
    string ModelKey,
    string ModelName,
    string Label,
    string Stage,
    string ArtifactUri,
    string ArtifactSha256,
    string CodeRepository,
    string CodeCommit,
    string EnvironmentLockHash,
    DateTimeOffset RegisteredAt);
