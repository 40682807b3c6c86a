using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CompliancePortal.Testing.Oidc;

/// <summary>
/// Mints the issuer's tokens with the claims Entra v2.0 puts in them. It reads the issuer's identity on each
/// call rather than copying it, because <see cref="TestOidcIssuer.Issuer"/> is only known once the port is.
/// </summary>
internal sealed class OidcTokenFactory(TestOidcIssuer issuer, OidcSigningKey signingKey)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    private readonly JsonWebTokenHandler tokenHandler = new();

    public string CreateIdToken(TestOidcUser user, string? nonce, string? code, string? accessToken)
    {
        var claims = UserClaims(user, issuer.ClientId);
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        if (code is not null)
        {
            claims["c_hash"] = OidcHashes.LeftHalfSha256(code);
        }

        if (accessToken is not null)
        {
            claims["at_hash"] = OidcHashes.LeftHalfSha256(accessToken);
        }

        claims["auth_time"] = issuer.Clock.GetUtcNow().ToUnixTimeSeconds();
        var now = DateTime.UtcNow;
        return Sign(issuer.ClientId, claims, now, now + TokenLifetime);
    }

    public string CreateAccessToken(TestOidcUser user, string audience, TimeSpan lifetime, string scope)
    {
        var claims = UserClaims(user, audience);
        claims["azp"] = issuer.ClientId;
        claims["azpacr"] = "1";
        claims["scp"] = scope;

        // An already expired token still needs iat and nbf before exp, or the handler refuses to create it.
        var expires = DateTime.UtcNow + lifetime;
        var issuedAt = lifetime > TimeSpan.Zero ? expires - lifetime : expires - TokenLifetime;
        return Sign(audience, claims, issuedAt, expires);
    }

    /// <summary>Entra's client_info (base64url JSON of uid and utid), from which MSAL and Microsoft.Identity.Web key their account.</summary>
    public string CreateClientInfo(TestOidcUser user) =>
        Base64UrlEncoder.Encode(new JsonObject { ["uid"] = user.ObjectId, ["utid"] = issuer.TenantId }.ToJsonString());

    private Dictionary<string, object> UserClaims(TestOidcUser user, string audience)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["tid"] = user.TenantId ?? issuer.TenantId,
            ["oid"] = user.ObjectId,
            ["sub"] = OidcHashes.PairwiseSubject(user.ObjectId, audience),
            ["name"] = user.Name,
            ["preferred_username"] = user.PreferredUsername,
            ["ver"] = "2.0",
        };
        if (user.Roles.Count > 0)
        {
            claims["roles"] = user.Roles.ToArray();
        }

        return claims;
    }

    private string Sign(string audience, Dictionary<string, object> claims, DateTime issuedAt, DateTime expires) =>
        tokenHandler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.Issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Claims = claims,
            SigningCredentials = signingKey.Credentials,
        });
}
