using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CompliancePortal.Testing.Oidc;

/// <summary>A validated authorization request, kept with an issued code so the token endpoint can check the redemption against it.</summary>
internal sealed record AuthorizeRequest(
    string RedirectUri,
    bool ReturnsIdToken,
    bool ReturnsCode,
    bool UsesFormPost,
    string Scope,
    string? State,
    string? Nonce,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    bool WantsClientInfo)
{
    public static bool TryParse(
        IQueryCollection query,
        string expectedClientId,
        [NotNullWhen(true)] out AuthorizeRequest? request,
        [NotNullWhen(false)] out string? error)
    {
        request = null;
        string? Get(string name) => query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

        var clientId = Get("client_id");
        if (clientId is null)
        {
            error = "client_id is missing.";
            return false;
        }

        // Entra answers an unknown client with an error page, never a redirect: the redirect_uri cannot be trusted yet.
        if (!string.Equals(clientId, expectedClientId, StringComparison.Ordinal))
        {
            error = $"client_id '{clientId}' is not registered; this issuer serves '{expectedClientId}'.";
            return false;
        }

        var redirectUri = Get("redirect_uri");
        if (redirectUri is null)
        {
            error = "redirect_uri is missing.";
            return false;
        }

        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect) || (redirect.Scheme != Uri.UriSchemeHttp && redirect.Scheme != Uri.UriSchemeHttps))
        {
            error = $"redirect_uri '{redirectUri}' is not an absolute http(s) URI.";
            return false;
        }

        var responseTypes = (Get("response_type") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var returnsIdToken = responseTypes.Contains("id_token");
        var returnsCode = responseTypes.Contains("code");
        if (responseTypes.Count == 0 || responseTypes.Any(type => type is not ("id_token" or "code")))
        {
            error = $"response_type '{Get("response_type")}' is not supported; use code, id_token or 'code id_token'.";
            return false;
        }

        var scope = Get("scope") ?? "";
        if (!scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid", StringComparer.Ordinal))
        {
            error = "scope must include openid.";
            return false;
        }

        // Tokens must never travel in a query string, and the fragment mode would need browser script
        // that a server-side app never runs, so only form_post can carry an id_token here.
        bool usesFormPost;
        switch (Get("response_mode"))
        {
            case "form_post":
                usesFormPost = true;
                break;
            case "query" or null when !returnsIdToken:
                usesFormPost = false;
                break;
            case var other:
                error = $"response_mode '{other ?? "(default: fragment)"}' is not supported for response_type '{Get("response_type")}'; use form_post.";
                return false;
        }

        var nonce = Get("nonce");
        if (returnsIdToken && nonce is null)
        {
            error = "nonce is required when response_type includes id_token.";
            return false;
        }

        var codeChallenge = Get("code_challenge");
        var codeChallengeMethod = codeChallenge is null ? null : Get("code_challenge_method") ?? "plain";
        if (codeChallengeMethod is not (null or "S256" or "plain"))
        {
            error = $"code_challenge_method '{codeChallengeMethod}' is not supported; use S256.";
            return false;
        }

        request = new AuthorizeRequest(
            redirectUri,
            returnsIdToken,
            returnsCode,
            usesFormPost,
            scope,
            Get("state"),
            nonce,
            codeChallenge,
            codeChallengeMethod,
            WantsClientInfo: Get("client_info") == "1");
        error = null;
        return true;
    }

    public bool AcceptsCodeVerifier(string? codeVerifier)
    {
        if (CodeChallenge is null)
        {
            return true;
        }

        if (string.IsNullOrEmpty(codeVerifier))
        {
            return false;
        }

        var expected = CodeChallengeMethod == "S256" ? OidcHashes.S256(codeVerifier) : codeVerifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(CodeChallenge));
    }
}
