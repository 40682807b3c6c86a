using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CompliancePortal.Core.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace CompliancePortal.Web.Hosting;

/// <summary>The data-protection keys live in the portal's database; a configured certificate encrypts them there.</summary>
public static class KeyProtection
{
    public static void AddKeyProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var protection = builder.Services.AddDataProtection().PersistKeysToDbContext<PortalDbContext>().SetApplicationName("CompliancePortal");
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (builder.Environment.IsProduction())
            {
                // Not refused: an existing installation keeps working; the warning says what to add.
                builder.Services.AddHostedService<UnprotectedKeysWarning>();
            }
            return;
        }
        protection.ProtectKeysWithCertificate(Load(options));
    }

    private static X509Certificate2 Load(KeyProtectionOptions options)
    {
        var path = options.CertificatePath!;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath is '{path}', but there is no such file. Give the path of a .pfx with its private key.");
        }
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"The certificate in {path} has no private key; the portal could not read its own keys back.");
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"The certificate in {path} could not be read ({ex.Message}); check DataProtection:CertificatePassword.", ex);
        }
    }
}
