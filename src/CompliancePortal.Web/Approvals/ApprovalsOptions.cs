namespace CompliancePortal.Web.Approvals;

/// <summary>
/// The <c>Approvals</c> settings section. The reproducibility check re-hashes http(s) artifacts only on hosts an
/// administrator listed, so a version's URI cannot make the server call internal services.
/// </summary>
public sealed class ApprovalsOptions
{
    public const string Section = "Approvals";

    /// <summary>Host names of artifact stores the check may download from; compared exactly, case-insensitively.</summary>
    public List<string> AllowedArtifactHosts { get; set; } = [];
}
