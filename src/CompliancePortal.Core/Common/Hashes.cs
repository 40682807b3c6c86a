using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CompliancePortal.Core.Common;

public static partial class Hashes
{
    /// <summary>Lower-case 64-digit hex, with an optional <c>sha256:</c> prefix stripped; null when malformed.</summary>
    public static string? NormalizeSha256(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["sha256:".Length..];
        }
        return Sha256Pattern().IsMatch(trimmed) ? trimmed.ToLowerInvariant() : null;
    }

    /// <summary>A full git commit id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories); abbreviations are not reproducible.</summary>
    public static string? NormalizeCommit(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        return CommitPattern().IsMatch(trimmed) ? trimmed.ToLowerInvariant() : null;
    }

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [GeneratedRegex(@"^[0-9a-fA-F]{64}\z")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex(@"^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})\z")]
    private static partial Regex CommitPattern();
}
