using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Components.Pages.Models;

public sealed class VersionForm
{
    public string Label { get; set; } = "";

    public ChangeClass ChangeClass { get; set; } = ChangeClass.Minor;

    public string ArtifactUri { get; set; } = "";

    public string ArtifactSha256 { get; set; } = "";

    public string CodeRepository { get; set; } = "";

    public string CodeCommit { get; set; } = "";

    public string EnvironmentLockHash { get; set; } = "";

    public IReadOnlyCollection<Guid> DatasetVersionIds { get; set; } = [];

    public string? Notes { get; set; }

    public VersionRegistration ToRegistration() => new(Label, ArtifactUri, ArtifactSha256, CodeRepository, CodeCommit, EnvironmentLockHash,
        ChangeClass, DatasetVersionIds.ToList(), Notes);
}
