namespace CompliancePortal.Core.Models;

public sealed record VersionSummary(string Label, ChangeClass ChangeClass, ModelStage Stage, string ArtifactSha256, string CodeCommit,
    string RegisteredBy, DateTimeOffset RegisteredAt, int DatasetCount);
