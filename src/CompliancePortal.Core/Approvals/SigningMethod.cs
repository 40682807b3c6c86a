namespace CompliancePortal.Core.Approvals;

/// <summary>How a signer proved, just before signing, that they are who the session says.</summary>
public enum SigningMethod
{
    /// <summary>A fresh sign-in at the identity provider (Entra ID, max_age / prompt=login); the token's auth_time counts.</summary>
    IdentityProviderReauthentication,
    /// <summary>Development sign-in only: the signer re-enters their own identity (e-mail) in the signature dialog.</summary>
    ConfirmedIdentity,
}
