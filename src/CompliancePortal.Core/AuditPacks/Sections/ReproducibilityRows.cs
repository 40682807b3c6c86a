using System.Text.RegularExpressions;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>Pairs each item of a recorded check with the pin it was checked against.</summary>
internal static partial class ReproducibilityRows
{
    public static IReadOnlyList<ReproducibilityRow> From(VersionView version, ReproducibilityCheckView check) =>
        check.Items.Select(i => new ReproducibilityRow(i.Kind, i.Reference, i.Status, Expected(version, i), Found(i), i.Detail)).ToList();

    private static string? Expected(VersionView v, ReproducibilityItem item) => item.Kind switch
    {
        "Artifact" => v.ArtifactSha256,
        "Code commit" => v.CodeCommit,
        "Environment lock" => v.EnvironmentLockHash,
        // The check names a dataset version "key@label (uri)".
        "Dataset version" => v.Datasets.FirstOrDefault(d => item.Reference.StartsWith($"{d.DatasetKey}@{d.Label} ", StringComparison.Ordinal))?.ContentHash,
        _ => null,
    };

    // Only an item the check re-read carries a computed hash; its detail names it first ("Re-hashed: SHA-256 …").
    private static string? Found(ReproducibilityItem item) =>
        item.Status is ReproducibilityStatus.Verified or ReproducibilityStatus.Mismatch && ComputedHash().Match(item.Detail) is { Success: true } m
            ? m.Groups[1].Value
            : null;

    [GeneratedRegex("SHA-256 ([0-9a-fA-F]{64})")]
    private static partial Regex ComputedHash();
}
