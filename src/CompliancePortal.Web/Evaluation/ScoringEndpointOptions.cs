namespace CompliancePortal.Web.Evaluation;

/// <summary>
/// The <c>Evaluation</c> settings section. The portal posts golden-set rows to scoring endpoints that people name,
/// so it only talks to hosts an administrator listed: otherwise a request could make the server call internal
/// services (server-side request forgery) or send the golden set anywhere.
/// </summary>
public sealed class ScoringEndpointOptions
{
    public const string Section = "Evaluation";

    /// <summary>Host names (or IP addresses) of MLflow scoring endpoints; compared exactly, case-insensitively.</summary>
    public List<string> AllowedScoringHosts { get; set; } = [];
}
