using System.Net.Security;
using System.Net.Sockets;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Siem;

/// <summary>
/// Sends CEF messages in RFC 5424 syslog: one datagram each over UDP, or octet-counted frames over one TCP (or TLS)
/// connection per delivery run. Over TCP a batch counts as accepted once it is written and flushed to the socket.
/// </summary>
public sealed class SyslogSender(string host, int port, SyslogTransport transport, string hostName, string productVersion,
    RemoteCertificateValidationCallback? certificateValidation = null) : ISiemSender
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    private TcpClient? _tcp;
    private Stream? _stream;
    private UdpClient? _udp;

    public async Task SendAsync(IReadOnlyList<AuditEventView> batch, CancellationToken ct)
    {
        if (transport == SyslogTransport.Udp)
        {
            _udp ??= new UdpClient();
            foreach (var e in batch)
            {
                var datagram = SyslogMessage.Format(e, hostName, Cef.Format(e, productVersion));
                await _udp.SendAsync(datagram, host, port, ct);
            }
            return;
        }
        var stream = _stream ?? await ConnectAsync(ct);
        using var buffer = new MemoryStream();
        foreach (var e in batch)
        {
            buffer.Write(SyslogMessage.OctetCounted(SyslogMessage.Format(e, hostName, Cef.Format(e, productVersion))));
        }
        await stream.WriteAsync(buffer.ToArray(), ct);
        await stream.FlushAsync(ct);
    }

    private async Task<Stream> ConnectAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ConnectTimeout);
        _tcp = new TcpClient { NoDelay = true };
        await _tcp.ConnectAsync(host, port, timeout.Token);
        Stream stream = _tcp.GetStream();
        if (transport == SyslogTransport.Tls)
        {
            var tls = new SslStream(stream, false, certificateValidation);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, timeout.Token);
            stream = tls;
        }
        _stream = stream;
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }
        _tcp?.Dispose();
        _udp?.Dispose();
    }
}
