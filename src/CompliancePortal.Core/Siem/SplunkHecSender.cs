using System.Net.Http.Headers;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Siem;

/// <summary>Posts batches to a Splunk HTTP Event Collector; only a 2xx answer counts as accepted.</summary>
public sealed class SplunkHecSender(HttpClient http, string url, string token, string hostName) : ISiemSender
{
    public async Task SendAsync(IReadOnlyList<AuditEventView> batch, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url + SplunkHec.Path)
        {
            Content = new ByteArrayContent(SplunkHec.Batch(batch, hostName)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Splunk", token);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"The collector answered {(int)response.StatusCode} {response.ReasonPhrase}: {(body.Length > 300 ? body[..300] + "…" : body)}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
