using CompliancePortal.Core.AuditPacks;

namespace CompliancePortal.Core.Tests.AuditPacks;

public sealed class SigningCertificateTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cp-cert-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Load_WithNoCertificateConfigured_MakesASelfSignedOneOnce_AndKeepsUsingIt()
    {
        var options = new AuditPackOptions { DataDirectory = _directory };

        using var first = SigningCertificate.Load(options, Now);
        using var second = SigningCertificate.Load(options, Now.AddDays(3));

        Assert.True(first.HasPrivateKey);
        Assert.Equal(first.Thumbprint, second.Thumbprint);
        Assert.Contains("Compliance Portal audit packs", first.Subject);
        Assert.True(File.Exists(Path.Combine(_directory, AuditPackOptions.DefaultCertificateFile)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_directory, AuditPackOptions.DefaultCertificateFile)));
        }
    }

    [Fact]
    public void Load_OfAConfiguredFileThatDoesNotExist_SaysWhichSettingNamesIt()
    {
        var options = new AuditPackOptions { DataDirectory = _directory, SigningCertificatePath = Path.Combine(_directory, "missing.pfx") };

        var refused = Assert.Throws<InvalidOperationException>(() => SigningCertificate.Load(options, Now));

        Assert.Contains("AuditPacks:SigningCertificatePath", refused.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, true);
        }
    }
}
