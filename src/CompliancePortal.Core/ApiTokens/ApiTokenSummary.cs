namespace CompliancePortal.Core.ApiTokens;

public sealed record ApiTokenSummary(Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, bool IsActive);
