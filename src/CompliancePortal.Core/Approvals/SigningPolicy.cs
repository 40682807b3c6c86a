namespace CompliancePortal.Core.Approvals;

/// <summary>Which proof of fresh authentication this portal accepts; the web host sets it from its sign-in mode.</summary>
public sealed record SigningPolicy(SigningMethod AcceptedMethod)
{
    /// <summary>The strict default: only a re-authentication at the identity provider.</summary>
    public static SigningPolicy IdentityProvider { get; } = new(SigningMethod.IdentityProviderReauthentication);
}
