using System.Text;
using System.Text.Json;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Tests.AuditLog;

public class AuditExportTests
{
    private static readonly AuditEventView Event = new(7, new DateTimeOffset(2026, 11, 26, 10, 30, 0, TimeSpan.FromHours(2)), null, "Olivia \"Liv\" Owens",
        "model.updated", "Model", "m-1", "credit", null, "{\"purpose\":\"Scores loans, cards\\nand more\"}", new string('0', 64), new string('a', 64));

    [Fact]
    public async Task Csv_HasAHeaderAndOneRowPerEvent_QuotingCommasQuotesAndNewlinesPerRfc4180()
    {
        using var output = new MemoryStream();

        await AuditExport.WriteCsvAsync(Events(Event), output);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(
            "sequence,occurredAt,actorId,actorName,action,entityType,entityId,modelKey,before,after,previousHash,hash\r\n" +
            $"7,2026-11-26T08:30:00.0000000Z,,\"Olivia \"\"Liv\"\" Owens\",model.updated,Model,m-1,credit,,\"{{\"\"purpose\"\":\"\"Scores loans, cards\\nand more\"\"}}\",{new string('0', 64)},{new string('a', 64)}\r\n",
            text);
    }

    [Fact]
    public async Task JsonLines_IsOneJsonObjectPerLine_WithTheEventsFieldsInUtc()
    {
        using var output = new MemoryStream();

        await AuditExport.WriteJsonLinesAsync(Events(Event, Event with { Sequence = 8 }), output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(7, first.GetProperty("sequence").GetInt64());
        Assert.Equal("2026-11-26T08:30:00+00:00", first.GetProperty("occurredAt").GetString());
        Assert.Equal("Olivia \"Liv\" Owens", first.GetProperty("actorName").GetString());
        Assert.Equal(new string('a', 64), first.GetProperty("hash").GetString());
        Assert.Equal(8, JsonDocument.Parse(lines[1]).RootElement.GetProperty("sequence").GetInt64());
    }

    private static async IAsyncEnumerable<AuditEventView> Events(params AuditEventView[] events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }
}
