using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CompliancePortal.Testing.Oidc;

/// <summary>
/// A loopback OpenID Connect issuer whose endpoints, paths and tokens mimic Microsoft Entra ID (v2.0),
/// so that Microsoft.Identity.Web can sign a person in through a real browser without a tenant.
/// </summary>
public sealed class TestOidcIssuer : IAsyncDisposable
{
    public const string DiscoveryPath = "/v2.0/.well-known/openid-configuration";
    public const string KeysPath = "/discovery/v2.0/keys";
    public const string AuthorizePath = "/oauth2/v2.0/authorize";
    public const string TokenPath = "/oauth2/v2.0/token";
    public const string LogoutPath = "/oauth2/v2.0/logout";

    /// <summary>The <c>scp</c> of delegated access tokens: Entra always puts one in them, and Microsoft.Identity.Web's web API rejects a token with neither <c>scp</c> nor <c>roles</c>.</summary>
    public const string DefaultScope = "access_as_user";

    private const string FixedTenantId = "3f6d2a4e-8c1b-4d7e-9a5f-0b2c4e6d8a1f";
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);
    private static readonly string[] SignInOnlyScopes = ["openid", "profile", "email", "offline_access"];

    private readonly RSA rsa = RSA.Create(2048);
    private readonly string keyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
    private readonly SigningCredentials signingCredentials;
    private readonly JsonWebTokenHandler tokenHandler = new();
    private readonly ConcurrentDictionary<string, IssuedCode> codes = new(StringComparer.Ordinal);
    private WebApplication? app;
    private int port;
    private int signInCount;
    private int disposed;

    private TestOidcIssuer(string clientId)
    {
        ClientId = clientId;
        signingCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
    }

    public string TenantId => FixedTenantId;

    public string ClientId { get; }

    /// <summary>Shaped like <c>https://login.microsoftonline.com/{tid}/v2.0</c>, so Microsoft.Identity.Web builds it from <c>Instance</c> = <see cref="Instance"/> and <c>TenantId</c>.</summary>
    public string Authority => $"{Instance}{TenantId}/v2.0";

    /// <summary>Entra v2 tokens name the authority itself as their issuer.</summary>
    public string Issuer => Authority;

    /// <summary>The value for Microsoft.Identity.Web's <c>AzureAd:Instance</c> setting.</summary>
    public string Instance => $"http://127.0.0.1:{port}/";

    /// <summary>The person the next press of Continue on the sign-in page signs in.</summary>
    public TestOidcUser User { get; set; } = new(
        "6b1e0c2d-94a7-4f3e-8d21-5c7a9e3b1f40",
        "Test Person",
        "test.person@contoso.example",
        []);

    /// <summary>
    /// How many sign-ins produced an id_token: counted once per authorization, when its first id_token is
    /// issued (at authorize for id_token flows, at the token endpoint for the code flow).
    /// </summary>
    public int SignInCount => Volatile.Read(ref signInCount);

    private string TenantRoot => $"{Instance}{TenantId}";

    /// <summary>Starts the issuer on a free loopback port and returns once it is listening.</summary>
    public static async Task<TestOidcIssuer> StartAsync(string clientId = "compliance-portal-tests")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        var issuer = new TestOidcIssuer(clientId);
        try
        {
            await issuer.ListenAsync();
            return issuer;
        }
        catch
        {
            await issuer.DisposeAsync();
            throw;
        }
    }

    /// <summary>A signed v2.0 delegated access token, as Entra would issue to <see cref="ClientId"/> for the API <paramref name="audience"/>.</summary>
    /// <param name="lifetime">Defaults to one hour; a zero or negative lifetime gives a token that has already expired.</param>
    public string CreateAccessToken(TestOidcUser user, string audience, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(audience);
        return CreateAccessToken(user, audience, lifetime ?? TokenLifetime, DefaultScope);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        if (app is not null)
        {
            // A browser may still hold a request open; a test run must not hang on it.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }

        rsa.Dispose();
    }

    private async Task ListenAsync()
    {
        // The empty builder reads no appsettings.json and no ASPNETCORE_* variables, so the settings of the
        // app under test (copied into the test's output folder) cannot move or reconfigure the issuer.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        app = builder.Build();

        // Only the fixed tenant is served, so a portal configured with another tenant fails loudly with 404.
        var tenant = $"/{TenantId}";
        app.MapGet(tenant + DiscoveryPath, (RequestDelegate)WriteDiscoveryAsync);
        app.MapGet(tenant + KeysPath, (RequestDelegate)WriteKeysAsync);
        app.MapGet(tenant + AuthorizePath, (RequestDelegate)ShowSignInPageAsync);
        app.MapPost(tenant + AuthorizePath, (RequestDelegate)CompleteSignInAsync);
        app.MapPost(tenant + TokenPath, (RequestDelegate)RedeemCodeAsync);
        app.MapGet(tenant + LogoutPath, (RequestDelegate)SignOutAsync);

        await app.StartAsync();
        port = new Uri(app.Urls.Single()).Port;
    }

    private Task WriteDiscoveryAsync(HttpContext context) => WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = TenantRoot + AuthorizePath,
        ["token_endpoint"] = TenantRoot + TokenPath,
        ["end_session_endpoint"] = TenantRoot + LogoutPath,
        ["jwks_uri"] = TenantRoot + KeysPath,
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

    private Task WriteKeysAsync(HttpContext context)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),

            // Entra tags each key with its issuer, and Microsoft.Identity.Web checks the token's issuer against it.
            ["issuer"] = Issuer,
        };
        return WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["keys"] = new JsonArray(key) });
    }

    private Task ShowSignInPageAsync(HttpContext context)
    {
        if (!AuthorizeRequest.TryParse(context.Request.Query, ClientId, out _, out var error))
        {
            return WriteHtmlAsync(context, StatusCodes.Status400BadRequest, OidcPages.Message("Sign-in request rejected", error));
        }

        // The Continue button posts back to this same URL, so the request's parameters need no hidden fields.
        var formAction = context.Request.Path.Add(context.Request.QueryString);
        return WriteHtmlAsync(context, StatusCodes.Status200OK, OidcPages.SignIn(User, formAction));
    }

    private Task CompleteSignInAsync(HttpContext context)
    {
        if (!AuthorizeRequest.TryParse(context.Request.Query, ClientId, out var request, out var error))
        {
            return WriteHtmlAsync(context, StatusCodes.Status400BadRequest, OidcPages.Message("Sign-in request rejected", error));
        }

        var user = User;
        var fields = new List<KeyValuePair<string, string>>();
        string? code = null;
        if (request.ReturnsCode)
        {
            code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            codes[code] = new IssuedCode(request, user, DateTimeOffset.UtcNow + CodeLifetime);
            fields.Add(new("code", code));
        }

        if (request.ReturnsIdToken)
        {
            fields.Add(new("id_token", CreateIdToken(user, request.Nonce, code, accessToken: null)));
            Interlocked.Increment(ref signInCount);
        }

        if (request.State is not null)
        {
            fields.Add(new("state", request.State));
        }

        if (request.WantsClientInfo)
        {
            fields.Add(new("client_info", CreateClientInfo(user)));
        }

        if (request.UsesFormPost)
        {
            return WriteHtmlAsync(context, StatusCodes.Status200OK, OidcPages.FormPost(request.RedirectUri, fields));
        }

        context.Response.Redirect(QueryHelpers.AddQueryString(request.RedirectUri, fields.Select(field => new KeyValuePair<string, string?>(field.Key, field.Value))));
        return Task.CompletedTask;
    }

    private async Task RedeemCodeAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "The token request must be form encoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "authorization_code")
        {
            await WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "unsupported_grant_type", $"grant_type '{form["grant_type"]}' is not supported; only authorization_code is.");
            return;
        }

        // The client secret is not checked: the portal's tests choose it, and only loopback callers reach this endpoint.
        var clientId = form["client_id"].ToString() is { Length: > 0 } posted ? posted : ClientIdFromBasicAuthentication(context.Request);
        if (!string.Equals(clientId, ClientId, StringComparison.Ordinal))
        {
            await WriteTokenErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client", $"client_id '{clientId}' is not registered; this issuer serves '{ClientId}'.");
            return;
        }

        // A code is single use: removing it before any check means a replayed code fails too.
        if (!codes.TryRemove(form["code"].ToString(), out var issued) || issued.ExpiresAt < DateTimeOffset.UtcNow)
        {
            await WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant", "The code is unknown, expired or already redeemed.");
            return;
        }

        if (form["redirect_uri"] != issued.Request.RedirectUri)
        {
            await WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant", "redirect_uri does not match the one the code was issued for.");
            return;
        }

        if (!issued.Request.AcceptsCodeVerifier(form["code_verifier"]))
        {
            await WriteTokenErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant", "code_verifier does not match the code_challenge.");
            return;
        }

        var requestedApiScopes = issued.Request.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Except(SignInOnlyScopes, StringComparer.Ordinal).ToArray();
        var scope = requestedApiScopes.Length > 0 ? string.Join(' ', requestedApiScopes) : DefaultScope;
        var accessToken = CreateAccessToken(issued.User, ClientId, TokenLifetime, scope);
        var idToken = CreateIdToken(issued.User, issued.Request.Nonce, code: null, accessToken);
        if (!issued.Request.ReturnsIdToken)
        {
            Interlocked.Increment(ref signInCount);
        }

        var response = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["scope"] = scope,
            ["expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
            ["id_token"] = idToken,
        };
        if (issued.Request.WantsClientInfo || form["client_info"] == "1")
        {
            response["client_info"] = CreateClientInfo(issued.User);
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, response);
    }

    private Task SignOutAsync(HttpContext context)
    {
        var target = context.Request.Query["post_logout_redirect_uri"].ToString();
        if (target.Length == 0)
        {
            return WriteHtmlAsync(context, StatusCodes.Status200OK, OidcPages.Message("Signed out", "You have been signed out of Test Entra."));
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return WriteHtmlAsync(context, StatusCodes.Status400BadRequest, OidcPages.Message("Sign-out request rejected", $"post_logout_redirect_uri '{target}' is not an absolute http(s) URI."));
        }

        var state = context.Request.Query["state"].ToString();
        context.Response.Redirect(state.Length > 0 ? QueryHelpers.AddQueryString(target, "state", state) : target);
        return Task.CompletedTask;
    }

    private string CreateIdToken(TestOidcUser user, string? nonce, string? code, string? accessToken)
    {
        var claims = UserClaims(user, ClientId);
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

        var now = DateTime.UtcNow;
        return Sign(ClientId, claims, now, now + TokenLifetime);
    }

    private string CreateAccessToken(TestOidcUser user, string audience, TimeSpan lifetime, string scope)
    {
        var claims = UserClaims(user, audience);
        claims["azp"] = ClientId;
        claims["azpacr"] = "1";
        claims["scp"] = scope;

        // An already expired token still needs iat and nbf before exp, or the handler refuses to create it.
        var expires = DateTime.UtcNow + lifetime;
        var issuedAt = lifetime > TimeSpan.Zero ? expires - lifetime : expires - TokenLifetime;
        return Sign(audience, claims, issuedAt, expires);
    }

    private Dictionary<string, object> UserClaims(TestOidcUser user, string audience)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["tid"] = TenantId,
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
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Claims = claims,
            SigningCredentials = signingCredentials,
        });

    /// <summary>Entra's client_info (base64url JSON of uid and utid), from which MSAL and Microsoft.Identity.Web key their account.</summary>
    private string CreateClientInfo(TestOidcUser user) =>
        Base64UrlEncoder.Encode(new JsonObject { ["uid"] = user.ObjectId, ["utid"] = TenantId }.ToJsonString());

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

    private static Task WriteTokenErrorAsync(HttpContext context, int statusCode, string error, string description) =>
        WriteJsonAsync(context, statusCode, new JsonObject { ["error"] = error, ["error_description"] = description });

    private static Task WriteJsonAsync(HttpContext context, int statusCode, JsonObject body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private static Task WriteHtmlAsync(HttpContext context, int statusCode, string html)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }
}
