using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>
/// Loads the configured signing certificate, or for the embedded default makes a self-signed one once and keeps it in
/// the data directory, so every pack of an installation is signed by the same key.
/// </summary>
public static class SigningCertificate
{
    public static X509Certificate2 Load(AuditPackOptions options, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningCertificatePath))
        {
            if (!File.Exists(options.SigningCertificatePath))
            {
                throw new InvalidOperationException($"AuditPacks:SigningCertificatePath names {options.SigningCertificatePath}, which does not exist.");
            }
            return WithPrivateKey(X509CertificateLoader.LoadPkcs12FromFile(options.SigningCertificatePath, options.SigningCertificatePassword,
                X509KeyStorageFlags.EphemeralKeySet), options.SigningCertificatePath);
        }
        var path = Path.Combine(Path.GetFullPath(options.DataDirectory), AuditPackOptions.DefaultCertificateFile);
        if (!File.Exists(path))
        {
            CreateSelfSigned(path, now);
        }
        return WithPrivateKey(X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.EphemeralKeySet), path);
    }

    private static void CreateSelfSigned(string path, DateTimeOffset now)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var key = RSA.Create(3072);
        var request = new CertificateRequest("CN=Compliance Portal audit packs (self-signed), O=Compliance Portal", key,
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        var pfx = certificate.Export(X509ContentType.Pkcs12);
        try
        {
            // CreateNew: another instance that got there first keeps its certificate, and this one loads it.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(pfx);
        }
        catch (IOException) when (File.Exists(path))
        {
            return;
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static X509Certificate2 WithPrivateKey(X509Certificate2 certificate, string path) =>
        certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The signing certificate {path} has no private key; audit packs cannot be signed with it.");
}
