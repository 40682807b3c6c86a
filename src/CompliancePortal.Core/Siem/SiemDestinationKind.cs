namespace CompliancePortal.Core.Siem;

public enum SiemDestinationKind
{
    /// <summary>RFC 5424 syslog carrying CEF messages.</summary>
    Syslog,

    /// <summary>Splunk HTTP Event Collector: JSON events with the token header.</summary>
    SplunkHec,
}
