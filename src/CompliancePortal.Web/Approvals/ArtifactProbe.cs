using System.Net;
using System.Security.Cryptography;
using CompliancePortal.Core.Approvals;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Approvals;

/// <summary>
/// Re-hashes pinned bytes where the portal can reach them: <c>file://</c> paths, and <c>http(s)://</c> URIs on allowed
/// hosts. Anything else (s3://, hosts not listed) counts as pinned but not re-verifiable.
/// </summary>
public sealed class ArtifactProbe(IHttpClientFactory http, IOptions<ApprovalsOptions> options) : IArtifactProbe
{
    public const string HttpClientName = "artifact-probe";

    public async Task<ReproducibilityItem> ProbeAsync(string kind, string uri, string pinnedSha256, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(pinnedSha256))
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.NotPinned, "No SHA-256 is pinned.");
        }
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, "The URI is not absolute, so nothing can be found there.");
        }
        if (parsed.IsFile)
        {
            return await FromFileAsync(kind, uri, parsed.LocalPath, pinnedSha256, ct);
        }
        if (parsed.Scheme is "http" or "https")
        {
            return options.Value.AllowedArtifactHosts.Contains(parsed.Host, StringComparer.OrdinalIgnoreCase)
                ? await FromHttpAsync(kind, uri, parsed, pinnedSha256, ct)
                : Unreachable(kind, uri, $"The host {parsed.Host} is not in Approvals:AllowedArtifactHosts, so the portal does not download from it; the pin stands.");
        }
        return Unreachable(kind, uri, $"The portal cannot read {parsed.Scheme}:// locations; the pinned SHA-256 stands.");
    }

    private static async Task<ReproducibilityItem> FromFileAsync(string kind, string uri, string path, string pinned, CancellationToken ct)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return Compare(kind, uri, pinned, await SHA256.HashDataAsync(stream, ct));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, "Nothing is at this path any more.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, $"The file could not be read: {e.Message}");
        }
    }

    private async Task<ReproducibilityItem> FromHttpAsync(string kind, string uri, Uri parsed, string pinned, CancellationToken ct)
    {
        try
        {
            using var response = await http.CreateClient(HttpClientName).GetAsync(parsed, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, $"The server answered {(int)response.StatusCode}: nothing is there any more.");
            }
            if (!response.IsSuccessStatusCode)
            {
                return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, $"The server answered {(int)response.StatusCode}; the bytes could not be re-verified.");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return Compare(kind, uri, pinned, await SHA256.HashDataAsync(stream, ct));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.Missing, $"The artifact could not be downloaded: {e.Message}");
        }
    }

    private static ReproducibilityItem Compare(string kind, string uri, string pinned, byte[] hash)
    {
        var actual = Convert.ToHexStringLower(hash);
        return string.Equals(actual, pinned, StringComparison.OrdinalIgnoreCase)
            ? new ReproducibilityItem(kind, uri, ReproducibilityStatus.Verified, $"Re-hashed: SHA-256 {actual} matches the pin.")
            : new ReproducibilityItem(kind, uri, ReproducibilityStatus.Mismatch, $"Re-hashed: SHA-256 {actual}, but the pin is {pinned}: the bytes changed.");
    }

    private static ReproducibilityItem Unreachable(string kind, string uri, string detail) =>
        new(kind, uri, ReproducibilityStatus.PinnedNotReachable, detail);
}
