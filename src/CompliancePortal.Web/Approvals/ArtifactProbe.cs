using System.Net;
using System.Security.Cryptography;
using CompliancePortal.Core.Approvals;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Approvals;

/// <summary>
/// The portal's artifact probe: <c>file://</c> through <see cref="LocalArtifactProbe"/>, and <c>http(s)://</c> on hosts an
/// administrator listed. Other hosts and schemes count as pinned but not re-verifiable.
/// </summary>
public sealed class ArtifactProbe(IHttpClientFactory http, IOptions<ApprovalsOptions> options) : IArtifactProbe
{
    public const string HttpClientName = "artifact-probe";

    private readonly LocalArtifactProbe _local = new();

    public async Task<ReproducibilityItem> ProbeAsync(string kind, string uri, string pinnedSha256, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(pinnedSha256) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return await _local.ProbeAsync(kind, uri, pinnedSha256, ct);
        }
        if (!options.Value.AllowedArtifactHosts.Contains(parsed.Host, StringComparer.OrdinalIgnoreCase))
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.PinnedNotReachable,
                $"The host {parsed.Host} is not in Approvals:AllowedArtifactHosts, so the portal does not download from it; the pin stands.");
        }
        try
        {
            using var response = await http.CreateClient(HttpClientName).GetAsync(parsed, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone
                    ? $"The server answered {(int)response.StatusCode}: nothing is there any more."
                    : $"The server answered {(int)response.StatusCode}; the bytes could not be re-verified.");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return LocalArtifactProbe.Compare(kind, uri, pinnedSha256, await SHA256.HashDataAsync(stream, ct));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, $"The artifact could not be downloaded: {e.Message}");
        }
    }
}
