using System.Net;
using System.Text.Json;
using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.AuditPacks;

/// <summary>Waiting for a pack the job server generates, and downloading its PDF, as a client of the API does.</summary>
internal static class AuditPackDownloads
{
    public static async Task<byte[]> PdfAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/v1/audit-packs/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<JsonElement> ReadyAsync(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await (await client.GetAsync($"/api/v1/audit-packs/{id}")).ExpectAsync(HttpStatusCode.OK);
            var state = status.GetProperty("status").GetString();
            if (state == "Ready")
            {
                return status;
            }
            Assert.True(state != "Failed", $"The pack failed: {status.GetProperty("error").GetString()}");
            Assert.True(DateTime.UtcNow < deadline, $"The pack is still {state} after two minutes.");
            await Task.Delay(250);
        }
    }
}
