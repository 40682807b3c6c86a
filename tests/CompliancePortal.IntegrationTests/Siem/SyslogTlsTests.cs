using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Siem;

namespace CompliancePortal.IntegrationTests.Siem;

/// <summary>
/// Syslog over TLS (RFC 5425) against a TLS receiver the test runs on loopback: octet-counted frames arrive intact, and
/// a receiver whose certificate the portal does not trust gets nothing.
/// </summary>
public sealed class SyslogTlsTests
{
    private static readonly AuditEventView[] Events =
    [
        new(1, DateTimeOffset.UtcNow, null, "Olivia Owens", "model.created", "Model", "m-1", "credit", null, "{}", new string('0', 64), new string('a', 64)),
        new(2, DateTimeOffset.UtcNow, null, "Olivia Owens", "model.updated", "Model", "m-1", "credit", "{}", "{}", new string('a', 64), new string('b', 64)),
    ];

    [Fact]
    public async Task Tls_DeliversOctetCountedFrames_ToAReceiverWhoseCertificateIsTrusted()
    {
        using var certificate = SelfSigned();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var receiving = ReceiveAsync(listener, certificate);

        await using (var sender = new SyslogSender("127.0.0.1", port, SyslogTransport.Tls, "portal-1", "1.0",
            (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString()))
        {
            await sender.SendAsync(Events, CancellationToken.None);
        }

        var frames = await receiving;
        Assert.Equal(2, frames.Count);
        Assert.Contains("seq=\"1\"", frames[0]);
        Assert.Contains("CEF:0|Compliance Portal|", frames[1]);
        Assert.Contains($"cs4={new string('b', 64)}", frames[1]);
    }

    [Fact]
    public async Task Tls_ToAReceiverWithAnUntrustedCertificate_IsRefusedBeforeAnythingIsSent()
    {
        using var certificate = SelfSigned();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var receiving = ReceiveAsync(listener, certificate);

        await using (var sender = new SyslogSender("127.0.0.1", port, SyslogTransport.Tls, "portal-1", "1.0"))
        {
            await Assert.ThrowsAsync<AuthenticationException>(() => sender.SendAsync(Events, CancellationToken.None));
        }

        Assert.Empty(await receiving);
    }

    // Reads octet-counted frames until the client closes (or the handshake fails).
    private static async Task<List<string>> ReceiveAsync(TcpListener listener, X509Certificate2 certificate)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var tls = new SslStream(client.GetStream());
        var frames = new List<string>();
        try
        {
            await tls.AuthenticateAsServerAsync(certificate);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException)
        {
            return frames;
        }
        using var buffer = new MemoryStream();
        await tls.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var at = 0;
        while (at < bytes.Length)
        {
            var space = Array.IndexOf(bytes, (byte)' ', at);
            var length = int.Parse(Encoding.ASCII.GetString(bytes, at, space - at), System.Globalization.CultureInfo.InvariantCulture);
            frames.Add(Encoding.UTF8.GetString(bytes, space + 1, length));
            at = space + 1 + length;
        }
        return frames;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
