namespace CompliancePortal.Core.Approvals;

/// <summary>Re-reads a pinned artifact or dataset where the portal can reach it and compares its SHA-256 with the pin.</summary>
public interface IArtifactProbe
{
    Task<ReproducibilityItem> ProbeAsync(string kind, string uri, string pinnedSha256, CancellationToken ct);
}
