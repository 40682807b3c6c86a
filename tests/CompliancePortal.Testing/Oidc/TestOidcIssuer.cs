using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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

    private readonly OidcSigningKey signingKey = new();
    private readonly OidcTokenFactory tokens;
    private readonly DiscoveryEndpoints discovery;
    private readonly AuthorizeEndpoint authorize;
    private readonly TokenEndpoint token;
    private WebApplication? app;
    private int port;
    private int signInCount;
    private int disposed;

    private TestOidcIssuer(string clientId)
    {
        ClientId = clientId;

        // The endpoints share one set of codes and one key, and read the issuer's state (User, port) per request.
        var codes = new AuthorizationCodes();
        tokens = new OidcTokenFactory(this, signingKey);
        discovery = new DiscoveryEndpoints(this, signingKey);
        authorize = new AuthorizeEndpoint(this, codes, tokens);
        token = new TokenEndpoint(this, codes, tokens);
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

    internal string TenantRoot => $"{Instance}{TenantId}";

    /// <summary>The clock of the sign-ins: the id_token's <c>auth_time</c> is read from it, so a test can follow the portal's clock.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The <c>prompt</c> and <c>max_age</c> of the last sign-in page shown, as the client asked for them.</summary>
    public (string? Prompt, string? MaxAge) LastAuthorization { get; private set; }

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
        return tokens.CreateAccessToken(user, audience, lifetime ?? OidcTokenFactory.TokenLifetime, DefaultScope);
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

        signingKey.Dispose();
    }

    internal void RecordSignIn() => Interlocked.Increment(ref signInCount);

    internal void RecordAuthorization(string? prompt, string? maxAge) => LastAuthorization = (prompt, maxAge);

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
        app.MapGet(tenant + DiscoveryPath, (RequestDelegate)discovery.WriteDiscoveryAsync);
        app.MapGet(tenant + KeysPath, (RequestDelegate)discovery.WriteKeysAsync);
        app.MapGet(tenant + AuthorizePath, (RequestDelegate)authorize.ShowSignInPageAsync);
        app.MapPost(tenant + AuthorizePath, (RequestDelegate)authorize.CompleteSignInAsync);
        app.MapPost(tenant + TokenPath, (RequestDelegate)token.RedeemCodeAsync);
        app.MapGet(tenant + LogoutPath, (RequestDelegate)LogoutEndpoint.SignOutAsync);

        await app.StartAsync();
        port = new Uri(app.Urls.Single()).Port;
    }
}
