using System.Net.Http.Headers;
using CompliancePortal.Testing.Oidc;
using CompliancePortal.Testing.Portal;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CompliancePortal.IntegrationTests.Authentication;

/// <summary>A portal in Entra ID mode, trusting a loopback issuer shaped like Entra ID instead of a real tenant.</summary>
public sealed class EntraIdPortal : IAsyncLifetime
{
    private TestOidcIssuer? _issuer;
    private PortalFactory? _factory;

    public TestOidcIssuer Issuer => _issuer ?? throw new InvalidOperationException("The issuer is not started yet.");

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The portal is not started yet.");

    public async Task InitializeAsync()
    {
        _issuer = await TestOidcIssuer.StartAsync();
        _factory = new PortalFactory(PortalSettings.Sqlite() with
        {
            AuthenticationMode = "EntraId",
            RunJobs = false,
            Extra = new Dictionary<string, string?>
            {
                ["AzureAd:Instance"] = _issuer.Instance,
                ["AzureAd:TenantId"] = _issuer.TenantId,
                ["AzureAd:ClientId"] = _issuer.ClientId,
                ["Authentication:TestIssuer"] = _issuer.Issuer,
            },
        });
        using var started = _factory.CreateClient();
    }

    /// <summary>An API client presenting an Entra ID access token, or none.</summary>
    public HttpClient ClientWith(string? accessToken)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_issuer is not null)
        {
            await _issuer.DisposeAsync();
        }
    }
}
