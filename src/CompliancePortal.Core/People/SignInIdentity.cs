namespace CompliancePortal.Core.People;

/// <summary>What an identity provider (or the development sign-in) says about the person signing in.</summary>
public sealed record SignInIdentity(string ObjectId, string DisplayName, string Email, IReadOnlyCollection<string> Roles);
