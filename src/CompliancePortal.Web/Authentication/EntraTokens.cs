using System.Security.Claims;
using CompliancePortal.Core.People;
using Microsoft.IdentityModel.Tokens;

namespace CompliancePortal.Web.Authentication;

/// <summary>
/// What the browser sign-in and the API's bearer tokens do alike with a validated Entra ID token: refuse another
/// tenant's, record the person, and give the portal's principal shape; and the test issuer's loopback trust.
/// </summary>
internal static class EntraTokens
{
    /// <param name="record">Records the person (a sign-in, or an API caller).</param>
    /// <returns>The portal principal, or null after <paramref name="fail"/> was told why the token is refused.</returns>
    public static async Task<ClaimsPrincipal?> MapAsync(ClaimsPrincipal token, EntraTenant tenant, Func<SignInIdentity, Task<Person>> record,
        string method, Func<DateTimeOffset> authenticatedAt, Action<string> fail)
    {
        if (!tenant.Issued(token))
        {
            fail("The token was issued by another Entra ID tenant; this portal trusts only its own.");
            return null;
        }
        var identity = PortalPrincipal.ReadIdentity(token);
        var person = await record(identity);
        return PortalPrincipal.Create(person, identity.Roles, method, authenticatedAt());
    }

    /// <summary>Only for the browser and integration tests' loopback issuer: plain-http metadata and a fixed issuer.</summary>
    public static void TrustTestIssuer(TokenValidationParameters parameters, string issuer)
    {
        parameters.ValidIssuer = issuer;
        parameters.IssuerValidator = null;
    }
}
