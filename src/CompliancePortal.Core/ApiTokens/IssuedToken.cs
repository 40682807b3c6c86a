namespace CompliancePortal.Core.ApiTokens;

/// <summary>A freshly created token: <see cref="Secret"/> is shown once and cannot be recovered later.</summary>
public sealed record IssuedToken(Guid Id, string Name, string Secret, DateTimeOffset ExpiresAt, IReadOnlyList<string> Roles);
