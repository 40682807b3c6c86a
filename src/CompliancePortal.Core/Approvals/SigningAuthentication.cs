namespace CompliancePortal.Core.Approvals;

/// <summary>The proof of fresh authentication that comes with a signature, checked by <see cref="FreshAuthentication"/>.</summary>
public sealed record SigningAuthentication(SigningMethod Method, DateTimeOffset? AuthenticatedAt, string? ConfirmedIdentity)
{
    public static SigningAuthentication Reauthenticated(DateTimeOffset authenticatedAt) =>
        new(SigningMethod.IdentityProviderReauthentication, authenticatedAt, null);

    public static SigningAuthentication Confirmed(string? typedIdentity) => new(SigningMethod.ConfirmedIdentity, null, typedIdentity);
}
