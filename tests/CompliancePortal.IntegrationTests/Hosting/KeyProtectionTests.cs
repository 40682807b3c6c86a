using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CompliancePortal.Core.Persistence;
using CompliancePortal.Testing.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.IntegrationTests.Hosting;

/// <summary>The data-protection keys stored in the database: encrypted with the configured certificate, or the start refused.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cp-keys-").FullName;

    [Fact]
    public async Task WithACertificate_TheStoredKeysAreEncrypted_AndStillDecryptWhatTheyProtected()
    {
        var pfx = WriteCertificate("s3cret");
        await using var factory = new PortalFactory(PortalSettings.Sqlite() with
        {
            SeedDemoData = false, RunJobs = false,
            Extra = new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "s3cret" },
        });
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var secret = protector.Protect("splunk-hec-token");
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var stored = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();

        Assert.Equal("splunk-hec-token", protector.Unprotect(secret));
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    [Theory]
    [InlineData("missing.pfx", null, "no such file")]
    [InlineData("cert.pfx", "wrong", "could not be read")]
    public async Task AMissingOrUnreadableCertificate_StopsTheStart_SayingWhy(string file, string? password, string expected)
    {
        WriteCertificate("s3cret");
        await using var factory = new PortalFactory(PortalSettings.Sqlite() with
        {
            SeedDemoData = false, RunJobs = false,
            Extra = new Dictionary<string, string?>
            {
                ["DataProtection:CertificatePath"] = Path.Combine(_directory, file), ["DataProtection:CertificatePassword"] = password,
            },
        });

        var refused = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains(expected, Messages(refused));
        Assert.Contains("DataProtection:Certificate", Messages(refused));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteCertificate(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Compliance Portal key protection (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_directory, "cert.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private static string Messages(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Messages(e.InnerException);
}
