using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace CompliancePortal.Core.AuditLog;

/// <summary>
/// Writes audit events for use outside the portal: CSV (RFC 4180, one row per event, before and after as JSON text)
/// and JSON Lines (one JSON object per line). Both carry each event's sequence, previous hash and hash, so the chain
/// can be re-verified from the export.
/// </summary>
public static class AuditExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly string[] Columns =
        ["sequence", "occurredAt", "actorId", "actorName", "action", "entityType", "entityId", "modelKey", "before", "after", "previousHash", "hash"];

    public static async Task WriteCsvAsync(IAsyncEnumerable<AuditEventView> events, Stream output, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync(Columns, ct);
        await foreach (var e in events.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                e.Sequence.ToString(CultureInfo.InvariantCulture), e.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                e.ActorId?.ToString() ?? "", e.ActorName, e.Action, e.EntityType, e.EntityId, e.ModelKey ?? "", e.Before ?? "", e.After ?? "",
                e.PreviousHash, e.Hash,
            ], ct);
        }
        await csv.FlushAsync(ct);
    }

    public static async Task WriteJsonLinesAsync(IAsyncEnumerable<AuditEventView> events, Stream output, CancellationToken ct = default)
    {
        var newline = "\n"u8.ToArray();
        await foreach (var e in events.WithCancellation(ct))
        {
            await JsonSerializer.SerializeAsync(output, e with { OccurredAt = e.OccurredAt.ToUniversalTime() }, Json, ct);
            await output.WriteAsync(newline, ct);
        }
    }
}
