using System.Text.Json;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Siem;

/// <summary>
/// Splunk HTTP Event Collector bodies: one JSON event object per audit event, batched back to back in one POST to
/// <c>/services/collector/event</c>, sent with <c>Authorization: Splunk &lt;token&gt;</c>.
/// </summary>
public static class SplunkHec
{
    public const string Path = "/services/collector/event";
    public const string SourceType = "compliance-portal:audit";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Batch(IEnumerable<AuditEventView> events, string hostName)
    {
        using var output = new MemoryStream();
        foreach (var e in events)
        {
            JsonSerializer.Serialize(output, new
            {
                time = e.OccurredAt.ToUnixTimeMilliseconds() / 1000.0,
                host = hostName,
                source = SyslogMessage.AppName,
                sourcetype = SourceType,
                @event = new
                {
                    e.Sequence, e.Hash, e.PreviousHash, OccurredAt = e.OccurredAt.ToUniversalTime(), e.ActorId, e.ActorName, e.Action, e.EntityType,
                    e.EntityId, e.ModelKey, e.Before, e.After,
                },
            }, Json);
            output.WriteByte((byte)'\n');
        }
        return output.ToArray();
    }
}
