namespace CompliancePortal.Web.Hosting;

/// <summary>
/// How the data-protection keys (which encrypt sign-in cookies, antiforgery tokens and stored secrets such as a SIEM's
/// HEC token) are protected at rest in the database. With a certificate, a copy of the database alone reveals nothing.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with a certificate and its private key; empty leaves the keys unencrypted at rest.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
