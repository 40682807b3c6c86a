using System.Security.Cryptography;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Re-hashes <c>file://</c> artifacts and datasets; anything else counts as pinned but not re-verifiable. The web host
/// adds http(s) on hosts an administrator allowed.
/// </summary>
public sealed class LocalArtifactProbe : IArtifactProbe
{
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
        if (!parsed.IsFile)
        {
            return new ReproducibilityItem(kind, uri, ReproducibilityStatus.PinnedNotReachable,
                $"The portal cannot read {parsed.Scheme}:// locations; the pinned SHA-256 stands.");
        }
        try
        {
            await using var stream = File.OpenRead(parsed.LocalPath);
            return Compare(kind, uri, pinnedSha256, await SHA256.HashDataAsync(stream, ct));
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

    public static ReproducibilityItem Compare(string kind, string uri, string pinned, byte[] hash)
    {
        var actual = Convert.ToHexStringLower(hash);
        return string.Equals(actual, pinned, StringComparison.OrdinalIgnoreCase)
            ? new ReproducibilityItem(kind, uri, ReproducibilityStatus.Verified, $"Re-hashed: SHA-256 {actual} matches the pin.")
            : new ReproducibilityItem(kind, uri, ReproducibilityStatus.Mismatch, $"Re-hashed: SHA-256 {actual}, but the pin is {pinned}: the bytes changed.");
    }
}
