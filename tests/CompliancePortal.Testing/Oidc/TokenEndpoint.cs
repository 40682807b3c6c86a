using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CompliancePortal.Testing.Oidc;

/// <summary>Redeems authorization codes, the back-channel half of the code flow that Microsoft.Identity.Web calls through MSAL.</summary>
internal sealed class TokenEndpoint(TestOidcIssuer issuer, AuthorizationCodes codes, OidcTokenFactory tokens)
{
    private static readonly string[] SignInOnlyScopes = ["openid", "profile", "email", "offline_access"];

    public async Task RedeemCodeAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await OidcResponses.WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "The token request must be form encoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "authorization_code")
        {
            await OidcResponses.WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "unsupported_grant_type", $"grant_type '{form["grant_type"]}' is not supported; only authorization_code is.");
            return;
        }

        // The client secret is not checked: the portal's tests choose it, and only loopback callers reach this endpoint.
        var clientId = form["client_id"].ToString() is { Length: > 0 } posted ? posted : ClientIdFromBasicAuthentication(context.Request);
        if (!string.Equals(clientId, issuer.ClientId, StringComparison.Ordinal))
        {
            await OidcResponses.WriteTokenErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client", $"client_id '{clientId}' is not registered; this issuer serves '{issuer.ClientId}'.");
            return;
        }

        if (!codes.TryRedeem(form["code"].ToString(), out var issued))
        {
            await OidcResponses.WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant", "The code is unknown, expired or already redeemed.");
            return;
        }

        if (form["redirect_uri"] != issued.Request.RedirectUri)
        {
            await OidcResponses.WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant", "redirect_uri does not match the one the code was issued for.");
            return;
        }

        if (!issued.Request.AcceptsCodeVerifier(form["code_verifier"]))
        {
            await OidcResponses.WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant", "code_verifier does not match the code_challenge.");
            return;
        }

        // Entra puts only the API scopes in scp; a sign-in that asked for none still gets the default one.
        var requestedApiScopes = issued.Request.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Except(SignInOnlyScopes, StringComparer.Ordinal).ToArray();
        var scope = requestedApiScopes.Length > 0 ? string.Join(' ', requestedApiScopes) : TestOidcIssuer.DefaultScope;
        var accessToken = tokens.CreateAccessToken(issued.User, issuer.ClientId, OidcTokenFactory.TokenLifetime, scope);
        var idToken = tokens.CreateIdToken(issued.User, issued.Request.Nonce, code: null, accessToken);

        // A hybrid flow already counted this sign-in when the authorize endpoint issued its id_token.
        if (!issued.Request.ReturnsIdToken)
        {
            issuer.RecordSignIn();
        }

        var response = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["scope"] = scope,
            ["expires_in"] = (int)OidcTokenFactory.TokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)OidcTokenFactory.TokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
            ["id_token"] = idToken,
        };
        if (issued.Request.WantsClientInfo || form["client_info"] == "1")
        {
            response["client_info"] = tokens.CreateClientInfo(issued.User);
        }

        await OidcResponses.WriteJsonAsync(context, StatusCodes.Status200OK, response);
    }

    /// <summary>MSAL may send the client credentials as client_secret_basic instead of in the form.</summary>
    private static string? ClientIdFromBasicAuthentication(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var separator = credentials.IndexOf(':', StringComparison.Ordinal);
            return separator < 0 ? null : Uri.UnescapeDataString(credentials[..separator]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
