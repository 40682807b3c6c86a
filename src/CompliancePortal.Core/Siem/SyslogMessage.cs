using System.Globalization;
using System.Text;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Siem;

/// <summary>
/// RFC 5424 syslog messages: <c>&lt;PRI&gt;1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] MSG</c>, and their framing on the
/// wire: one per datagram over UDP (RFC 5426), octet counting (<c>LEN SP MSG</c>, RFC 6587 / RFC 5425) over TCP and TLS.
/// </summary>
public static class SyslogMessage
{
    /// <summary>Facility 13, "log audit".</summary>
    public const int Facility = 13;

    /// <summary>Severity 5, "notice": a normal but significant condition.</summary>
    public const int Severity = 5;

    public const string AppName = "compliance-portal";

    /// <summary>Structured-data id: "cp" under IANA private enterprise number 32473 (the documentation number of RFC 5612).</summary>
    public const string StructuredDataId = "cp@32473";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static int Priority => Facility * 8 + Severity;

    public static byte[] Format(AuditEventView e, string hostName, string message)
    {
        var header = string.Join(' ',
            $"<{Priority}>1",
            e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            HeaderField(hostName, 255),
            AppName,
            "-",
            HeaderField(e.Action, 32),
            $"[{StructuredDataId} seq=\"{e.Sequence.ToString(CultureInfo.InvariantCulture)}\" hash=\"{ParamValue(e.Hash)}\" prev=\"{ParamValue(e.PreviousHash)}\"]");
        // MSG in UTF-8 starts with the byte order mark (RFC 5424 section 6.4).
        return [.. Encoding.ASCII.GetBytes(header + " "), .. Bom, .. Encoding.UTF8.GetBytes(message)];
    }

    /// <summary>Octet counting: the message's length in bytes, a space, the message.</summary>
    public static byte[] OctetCounted(byte[] message) =>
        [.. Encoding.ASCII.GetBytes(message.Length.ToString(CultureInfo.InvariantCulture) + " "), .. message];

    /// <summary>SD-PARAM values escape <c>"</c>, <c>\</c> and <c>]</c> with a backslash.</summary>
    public static string ParamValue(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("]", @"\]", StringComparison.Ordinal);

    /// <summary>Header fields are printable US-ASCII without spaces, of limited length, or "-" when empty.</summary>
    public static string HeaderField(string value, int maxLength)
    {
        var text = new string(value.Where(c => c is > (char)32 and < (char)127).Take(maxLength).ToArray());
        return text.Length == 0 ? "-" : text;
    }
}
