using System.Net;
using System.Text;
using System.Text.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.AuditLog;

/// <summary>The audit log exported as CSV and JSON Lines through the API: complete, filtered like the search, and re-verifiable.</summary>
public abstract class AuditExportApiTests(PortalHost host)
{
    [Fact]
    public async Task JsonLines_OfTheWholeLog_IsEveryEventOldestFirst_EachLinkedToThePreviousHash()
    {
        var henrik = await host.ClientForAsync(PortalClients.Henrik);
        var total = await (await host.AuditTrailAsync()).CountAsync();

        var response = await henrik.GetAsync("/api/v1/audit/events.jsonl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= total, $"{lines.Length} lines for {total} events counted before the export");
        var previous = new string('0', 64);
        var sequence = 0L;
        foreach (var line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            Assert.Equal(++sequence, e.GetProperty("sequence").GetInt64());
            Assert.Equal(previous, e.GetProperty("previousHash").GetString());
            previous = e.GetProperty("hash").GetString()!;
        }
    }

    [Fact]
    public async Task Csv_FilteredByModel_HasAHeaderAndExactlyTheEventsTheSearchFinds()
    {
        var henrik = await host.ClientForAsync(PortalClients.Henrik);
        var search = await (await henrik.GetAsync("/api/v1/audit/events?model=credit-default-pd&pageSize=200")).ExpectAsync(HttpStatusCode.OK);

        var response = await henrik.GetAsync("/api/v1/audit/events.csv?model=credit-default-pd");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("audit-events.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("sequence,occurredAt,actorId,actorName,action,entityType,entityId,modelKey,before,after,previousHash,hash\r\n", text);
        var hashes = search.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("hash").GetString()!).ToList();
        Assert.Equal(search.GetProperty("totalCount").GetInt32(), hashes.Count);
        Assert.All(hashes, h => Assert.Contains($",{h}\r\n", text));
        Assert.Equal(hashes.Count, text.Split("\r\n").Count(l => l.Length > 64 && l[^64..].All(char.IsAsciiHexDigitLower) && hashes.Contains(l[^64..])));
    }

    [Fact]
    public async Task Export_ByAModelOwner_Is403()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);

        var response = await olivia.GetAsync("/api/v1/audit/events.csv");

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }
}
