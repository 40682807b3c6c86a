using System.Globalization;
using System.Text;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Siem;

/// <summary>
/// ArcSight Common Event Format: <c>CEF:Version|Device Vendor|Device Product|Device Version|Signature ID|Name|Severity|Extension</c>.
/// In the header, <c>\</c> and <c>|</c> are escaped with a backslash; in extension values, <c>\</c> and <c>=</c> are, and
/// line breaks become <c>\n</c> or <c>\r</c>. Each event carries its chain sequence and hash, so the SIEM can detect gaps.
/// </summary>
public static class Cef
{
    public const string Vendor = "Compliance Portal";
    public const string Product = "Compliance Portal";

    public static string Header(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': text.Append(@"\\"); break;
                case '|': text.Append(@"\|"); break;
                // Line breaks are not allowed in the header at all; a space keeps the header on its one line.
                case '\r' or '\n': text.Append(' '); break;
                default: text.Append(ch); break;
            }
        }
        return text.ToString();
    }

    public static string ExtensionValue(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': text.Append(@"\\"); break;
                case '=': text.Append(@"\="); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                default: text.Append(ch); break;
            }
        }
        return text.ToString();
    }

    public static string Format(AuditEventView e, string productVersion)
    {
        var extension = new List<(string Key, string? Value)>
        {
            ("rt", e.OccurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            ("suser", e.ActorName),
            ("suid", e.ActorId?.ToString()),
            ("act", e.Action),
            ("cs1Label", "entityType"), ("cs1", e.EntityType),
            ("cs2Label", "entityId"), ("cs2", e.EntityId),
            ("cs3Label", "modelKey"), ("cs3", e.ModelKey),
            ("cs4Label", "hash"), ("cs4", e.Hash),
            ("cs5Label", "previousHash"), ("cs5", e.PreviousHash),
            ("cn1Label", "sequence"), ("cn1", e.Sequence.ToString(CultureInfo.InvariantCulture)),
            ("externalId", e.Sequence.ToString(CultureInfo.InvariantCulture)),
        };
        var header = string.Join('|', "CEF:0", Header(Vendor), Header(Product), Header(productVersion), Header(e.Action), Header(e.Action), Severity(e.Action));
        return header + "|" + string.Join(' ', extension.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => $"{x.Key}={ExtensionValue(x.Value!)}"));
    }

    // A broken chain is the one thing a SOC must see at once; denials and failures next; the rest is routine.
    private static string Severity(string action) => action switch
    {
        "audit.chain-broken" => "10",
        _ when action.EndsWith(".failed", StringComparison.Ordinal) || action.EndsWith(".revoked", StringComparison.Ordinal) => "5",
        _ => "3",
    };
}
