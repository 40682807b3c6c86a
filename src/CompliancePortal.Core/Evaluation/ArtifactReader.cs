using System.Security.Cryptography;

namespace CompliancePortal.Core.Evaluation;

/// <summary>Reads a model version's artifact and checks it against the version's pinned SHA-256 before anything uses it.</summary>
public static class ArtifactReader
{
    /// <summary>The largest artifact read into memory for an in-process evaluation.</summary>
    public const long MaxBytes = 2L * 1024 * 1024 * 1024 - 1;

    /// <exception cref="EvaluationRefusedException">The artifact cannot be read from its URI, or its bytes are not the pinned ones.</exception>
    public static async Task<byte[]> ReadVerifiedAsync(string uri, string pinnedSha256, CancellationToken ct)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            throw new EvaluationRefusedException($"The artifact {uri} cannot be read by the portal: only file:// artifacts are supported for "
                + "in-process evaluation so far.");
        }
        byte[] bytes;
        try
        {
            var info = new FileInfo(parsed.LocalPath);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw new EvaluationRefusedException($"The artifact {uri} is {info.Length:N0} bytes, too large to evaluate in-process.");
            }
            bytes = await File.ReadAllBytesAsync(parsed.LocalPath, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationRefusedException($"The artifact {uri} could not be read: {e.Message}", e);
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, pinnedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new EvaluationRefusedException($"The artifact at {uri} has SHA-256 {actual}, but the model version pins {pinnedSha256}. "
                + "It was not used: the file has changed since the version was registered.");
        }
        return bytes;
    }
}
