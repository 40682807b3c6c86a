namespace CompliancePortal.Core.Siem;

public enum SyslogTransport
{
    /// <summary>One message per datagram (RFC 5426); no delivery confirmation at all.</summary>
    Udp,

    /// <summary>Octet-counted frames over TCP (RFC 6587).</summary>
    Tcp,

    /// <summary>Octet-counted frames over TLS (RFC 5425).</summary>
    Tls,
}
