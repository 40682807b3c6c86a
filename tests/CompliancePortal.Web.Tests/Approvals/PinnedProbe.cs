using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Tests.Approvals;

/// <summary>Every artifact is pinned where the portal cannot read it, so the reproducibility check passes without files.</summary>
internal sealed class PinnedProbe : IArtifactProbe
{
    public Task<ReproducibilityItem> ProbeAsync(string kind, string uri, string pinnedSha256, CancellationToken ct) =>
        Task.FromResult(new ReproducibilityItem(kind, uri, ReproducibilityStatus.PinnedNotReachable, "Pinned."));
}
