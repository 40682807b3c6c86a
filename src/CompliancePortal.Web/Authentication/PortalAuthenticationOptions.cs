namespace CompliancePortal.Web.Authentication;

/// <summary>The <c>Authentication</c> settings section.</summary>
public sealed class PortalAuthenticationOptions
{
    public const string Section = "Authentication";

    public AuthenticationMode Mode { get; set; } = AuthenticationMode.Development;

    /// <summary>
    /// Only for tests that sign in through a local OpenID Connect issuer over plain http: its exact issuer.
    /// When set, metadata may be fetched over http and the issuer is validated against this value.
    /// </summary>
    public string? TestIssuer { get; set; }
}
