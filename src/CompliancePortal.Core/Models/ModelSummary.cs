namespace CompliancePortal.Core.Models;

public sealed record ModelSummary(string Key, string Name, RiskTier RiskTier, string OwnerName, int VersionCount, string? LatestVersion,
    DateTimeOffset UpdatedAt);
