using System.Net;
using System.Text.Json;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>Reads the audit log through the API, as a compliance officer or auditor would.</summary>
public sealed class AuditTrail(HttpClient reader)
{
    private const int MaxPageSize = 200;

    public async Task<long> CountAsync() =>
        (await GetAsync("/api/v1/audit/events?pageSize=1")).GetProperty("totalCount").GetInt64();

    /// <summary>The sequence of the newest event: the mark to compare "what did this change add" against.</summary>
    public async Task<long> LastSequenceAsync()
    {
        var items = (await GetAsync("/api/v1/audit/events?pageSize=1")).GetProperty("items");
        return items.GetArrayLength() == 0 ? 0 : items[0].GetProperty("sequence").GetInt64();
    }

    /// <summary>Events after <paramref name="sequence"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsAfterAsync(long sequence)
    {
        var page = await GetAsync($"/api/v1/audit/events?pageSize={MaxPageSize}");
        var events = page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("sequence").GetInt64() > sequence).ToList();
        Assert.True(events.Count < MaxPageSize, "More events than one page were written; the test should look at fewer.");
        return events.OrderBy(e => e.GetProperty("sequence").GetInt64()).ToList();
    }

    public async Task<IReadOnlyList<string>> ActionsAfterAsync(long sequence) =>
        (await EventsAfterAsync(sequence)).Select(e => e.GetProperty("action").GetString()!).ToList();

    /// <summary>Every stored sequence number, ascending.</summary>
    public async Task<IReadOnlyList<long>> AllSequencesAsync()
    {
        var sequences = new List<long>();
        for (var page = 0; ; page++)
        {
            var items = (await GetAsync($"/api/v1/audit/events?pageSize={MaxPageSize}&page={page}")).GetProperty("items");
            sequences.AddRange(items.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
            if (items.GetArrayLength() < MaxPageSize)
            {
                return sequences.Order().ToList();
            }
        }
    }

    /// <summary>The sequence of the one event with this action for this model.</summary>
    public async Task<long> SequenceOfAsync(string action, string modelKey)
    {
        var items = (await GetAsync($"/api/v1/audit/events?action={action}&model={Uri.EscapeDataString(modelKey)}")).GetProperty("items");
        return Assert.Single(items.EnumerateArray()).GetProperty("sequence").GetInt64();
    }

    public Task<JsonElement> VerifyAsync() => GetAsync("/api/v1/audit/verify");

    private async Task<JsonElement> GetAsync(string path) => await (await reader.GetAsync(path)).ExpectAsync(HttpStatusCode.OK);
}
