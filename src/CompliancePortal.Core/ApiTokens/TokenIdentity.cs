namespace CompliancePortal.Core.ApiTokens;

/// <summary>Who a valid bearer token speaks for.</summary>
public sealed record TokenIdentity(Guid PersonId, string ObjectId, string DisplayName, string Email, IReadOnlyList<string> Roles, Guid TokenId);
