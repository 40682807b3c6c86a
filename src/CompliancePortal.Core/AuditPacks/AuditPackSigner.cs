using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>
/// Signs a laid-out pack with the portal's certificate (a CMS signature over the whole file, SHA-256) and saves it.
/// Any later change to the bytes makes the signature fail in standard tools such as poppler's <c>pdfsig</c>.
/// </summary>
public sealed class AuditPackSigner(IOptions<AuditPackOptions> options, TimeProvider time)
{
    private readonly Lazy<X509Certificate2> _certificate = new(() => SigningCertificate.Load(options.Value, time.GetUtcNow()));

    public X509Certificate2 Certificate => _certificate.Value;

    public string SignerName => $"{Certificate.Subject} (SHA-256 fingerprint {Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256).ToLowerInvariant()})";

    public byte[] SignAndSave(PdfDocument document, string reason)
    {
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(Certificate, PdfMessageDigestType.SHA256, null),
            new DigitalSignatureOptions
            {
                Reason = reason,
                Location = options.Value.SignatureLocation,
                ContactInfo = Certificate.GetNameInfo(X509NameType.SimpleName, false),
                AppName = "Compliance Portal",
            });
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
