using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Api;

/// <summary>Dataset versions are named <c>dataset-key@label</c>.</summary>
public sealed record RegisterVersionRequest(
    string? Label,
    string? ArtifactUri,
    string? ArtifactSha256,
    string? CodeRepository,
    string? CodeCommit,
    string? EnvironmentLockHash,
    ChangeClass? ChangeClass,
    IReadOnlyList<string>? DatasetVersions,
    string? Notes);
