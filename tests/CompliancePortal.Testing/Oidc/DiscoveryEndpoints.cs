using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CompliancePortal.Testing.Oidc;

/// <summary>
/// The metadata and keys Microsoft.Identity.Web fetches before it signs anyone in. The endpoint URLs are built
/// per request because the issuer's port is only known once it listens.
/// </summary>
internal sealed class DiscoveryEndpoints(TestOidcIssuer issuer, OidcSigningKey signingKey)
{
    public Task WriteDiscoveryAsync(HttpContext context) => OidcResponses.WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject
    {
        ["issuer"] = issuer.Issuer,
        ["authorization_endpoint"] = issuer.TenantRoot + TestOidcIssuer.AuthorizePath,
        ["token_endpoint"] = issuer.TenantRoot + TestOidcIssuer.TokenPath,
        ["end_session_endpoint"] = issuer.TenantRoot + TestOidcIssuer.LogoutPath,
        ["jwks_uri"] = issuer.TenantRoot + TestOidcIssuer.KeysPath,
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
        ["response_modes_supported"] = new JsonArray("query", "form_post"),
        ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token"),
        ["subject_types_supported"] = new JsonArray("pairwise"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["code_challenge_methods_supported"] = new JsonArray("S256", "plain"),
        ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
        ["claims_supported"] = new JsonArray(
            "sub", "iss", "aud", "exp", "iat", "nbf", "nonce", "name", "preferred_username", "oid", "tid", "roles", "ver", "c_hash", "at_hash"),
    });

    public Task WriteKeysAsync(HttpContext context) =>
        OidcResponses.WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["keys"] = new JsonArray(signingKey.ToJwk(issuer.Issuer)) });
}
