using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CompliancePortal.Testing.Oidc;

/// <summary>
/// The issuer's RSA key. It is created per issuer and never leaves the process, so no test can come to
/// depend on a key that a real tenant would rotate.
/// </summary>
internal sealed class OidcSigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);
    private readonly string keyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    public OidcSigningKey() =>
        Credentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);

    public SigningCredentials Credentials { get; }

    /// <summary>The public half as a JWK, as published at the keys endpoint.</summary>
    public JsonObject ToJwk(string issuer)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),

            // Entra tags each key with its issuer, and Microsoft.Identity.Web checks the token's issuer against it.
            ["issuer"] = issuer,
        };
    }

    public void Dispose() => rsa.Dispose();
}
