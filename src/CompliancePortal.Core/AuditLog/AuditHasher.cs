using System.Globalization;
using System.Text.Json;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.AuditLog;

/// <summary>
/// The canonical encoding: a JSON array of the fields in a fixed order, times in UTC with microsecond precision
/// (every supported database keeps at least that), hashed with SHA-256 into lower-case hex.
/// </summary>
public static class AuditHasher
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    public static string Canonical(AuditEvent e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(e.Sequence);
            json.WriteStringValue(Truncate(e.OccurredAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            WriteNullable(json, e.ActorId?.ToString("D"));
            json.WriteStringValue(e.ActorName);
            json.WriteStringValue(e.Action);
            json.WriteStringValue(e.EntityType);
            json.WriteStringValue(e.EntityId);
            WriteNullable(json, e.ModelKey);
            WriteNullable(json, e.Before);
            WriteNullable(json, e.After);
            json.WriteStringValue(e.PreviousHash);
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Compute(AuditEvent e) => Hashes.Sha256Hex(Canonical(e));

    // Null and empty are different values: changing one into the other must break the hash.
    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
