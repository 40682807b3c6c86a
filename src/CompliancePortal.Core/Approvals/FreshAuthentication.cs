namespace CompliancePortal.Core.Approvals;

/// <summary>An e-signature needs a fresh authentication: a session opened hours ago is not the signer's hand.</summary>
public static class FreshAuthentication
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Clocks of the identity provider and the portal differ a little; an auth time slightly ahead is not forged.</summary>
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(1);

    public static PromotionRefusal? Check(SigningAuthentication? proof, SigningPolicy policy, string signerEmail, DateTimeOffset now)
    {
        if (proof is null)
        {
            return Refuse("a signature needs a fresh authentication; none came with it.");
        }
        if (proof.Method != policy.AcceptedMethod)
        {
            return Refuse(policy.AcceptedMethod == SigningMethod.IdentityProviderReauthentication
                ? "this portal accepts only a re-authentication at the identity provider for signatures."
                : "this portal accepts only the confirmation of your own identity for signatures.");
        }
        return proof.Method switch
        {
            SigningMethod.IdentityProviderReauthentication => proof.AuthenticatedAt is not { } at
                ? Refuse("the identity provider did not say when you authenticated.")
                : now - at > MaxAge
                    ? Refuse($"your last authentication was {(int)(now - at).TotalMinutes} minutes ago; re-authenticate (at most {MaxAge.TotalMinutes:0} minutes before signing).")
                    : at - now > AllowedSkew ? Refuse("the authentication time lies in the future.") : null,
            SigningMethod.ConfirmedIdentity => string.IsNullOrWhiteSpace(proof.ConfirmedIdentity)
                ? Refuse("re-enter your own e-mail address to confirm that you are signing.")
                : !string.Equals(proof.ConfirmedIdentity.Trim(), signerEmail.Trim(), StringComparison.OrdinalIgnoreCase)
                    ? Refuse("the e-mail address you entered is not yours; a signature is given only in your own name.")
                    : null,
            _ => Refuse("unknown authentication method."),
        };
    }

    private static PromotionRefusal Refuse(string reason) => PromotionRefusal.Access(PromotionRule.FreshAuthentication, reason);
}
