using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Siem;

/// <summary>A destination to add: syslog (host, port, transport) or Splunk HEC (URL and token).</summary>
public sealed record SiemDestinationRequest(
    string? Name,
    SiemDestinationKind? Kind,
    string? Host = null,
    int? Port = null,
    SyslogTransport? Transport = null,
    string? Url = null,
    string? Token = null,
    bool FromNow = false)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100, nameof(Name), "Give the destination a name of up to 100 characters.")
            .When(Kind is null, nameof(Kind), "Choose Syslog or SplunkHec.");
        if (Kind == SiemDestinationKind.Syslog)
        {
            errors.When(string.IsNullOrWhiteSpace(Host) || Uri.CheckHostName(Host.Trim()) == UriHostNameType.Unknown, nameof(Host),
                    "Give the syslog receiver's host name or IP address.")
                .When(Port is null or < 1 or > 65535, nameof(Port), "Give the syslog receiver's port (1–65535; usually 514, or 6514 for TLS).")
                .When(Transport is null, nameof(Transport), "Choose Udp, Tcp or Tls.");
        }
        if (Kind == SiemDestinationKind.SplunkHec)
        {
            var ok = Uri.TryCreate(Url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
            errors.When(!ok, nameof(Url), "Give the HTTP Event Collector's base URL, e.g. https://splunk.example.com:8088.")
                .When(string.IsNullOrWhiteSpace(Token), nameof(Token), "Give the HEC token the portal sends in the Authorization header.");
        }
        return errors;
    }
}
