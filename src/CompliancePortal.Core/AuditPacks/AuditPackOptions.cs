namespace CompliancePortal.Core.AuditPacks;

/// <summary>The <c>AuditPacks</c> settings section: the certificate packs are signed with.</summary>
public sealed class AuditPackOptions
{
    public const string Section = "AuditPacks";

    /// <summary>The default certificate's file name under the data directory.</summary>
    public const string DefaultCertificateFile = "audit-pack-signing.pfx";

    /// <summary>A PKCS#12 (.pfx) file with the organisation's signing certificate and its private key.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>Where a self-signed certificate is made and kept when no certificate is configured (the embedded default).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Shown as the signature's location in PDF readers.</summary>
    public string SignatureLocation { get; set; } = "Compliance Portal";

    /// <summary>Folder of the DejaVu fonts; empty for the Debian default.</summary>
    public string? FontDirectory { get; set; }
}
