using System.Text.RegularExpressions;
using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Testing.Oidc;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Approvals;

/// <summary>
/// In Entra ID mode a signature needs a sign-in of at most five minutes' age: once the officer's sign-in is older,
/// the dialog sends her back to the identity provider with prompt=login and max_age=300, and signs after she returns.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntraIdSigningTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    private TestOidcIssuer _issuer = default!;
    private PortalFactory _portal = default!;
    private IBrowserContext _context = default!;

    public async Task InitializeAsync()
    {
        _issuer = await TestOidcIssuer.StartAsync();
        _issuer.Clock = _clock;
        _portal = new PortalFactory(PortalSettings.Sqlite() with
        {
            UseKestrel = true,
            AuthenticationMode = "EntraId",
            RunJobs = false,
            Services = s => s.AddSingleton<TimeProvider>(_clock),
            Extra = new Dictionary<string, string?>
            {
                ["AzureAd:Instance"] = _issuer.Instance,
                ["AzureAd:TenantId"] = _issuer.TenantId,
                ["AzureAd:ClientId"] = _issuer.ClientId,
                ["Authentication:TestIssuer"] = _issuer.Issuer,
            },
        });
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _portal.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task StaleSignIn_MustReauthenticateAtTheIdentityProvider_BeforeSigning()
    {
        var request = await RequestAsOliviaAsync();
        // The demo compliance officer, as Entra ID would present her.
        _issuer.User = new TestOidcUser("demo-priya-raman", "Priya Raman", PortalClients.Priya, ["ComplianceOfficer"]);
        var page = await _context.NewPageAsync();
        var url = new Uri(_portal.RootUri, $"/promotions/{request}").ToString();

        await page.GotoAsync(url);
        await page.Locator("#continue").ClickAsync();
        await page.WaitForInteractiveAsync();
        _clock.Advance(TimeSpan.FromMinutes(6));
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("open-signature").ClickAsync();

        await Assertions.Expect(page.GetByTestId("reauthentication")).ToContainTextAsync("at most 5 minutes");
        await Assertions.Expect(page.GetByTestId("sign")).ToBeDisabledAsync();

        await page.GetByTestId("reauthenticate").ClickAsync();
        await page.Locator("#continue").ClickAsync();
        await page.WaitForInteractiveAsync();
        Assert.Equal(("login", "300"), _issuer.LastAuthorization);
        Assert.Equal(2, _issuer.SignInCount);
        await Assertions.Expect(page).ToHaveURLAsync(url);
        await page.GetByTestId("open-signature").ClickAsync();
        await Assertions.Expect(page.GetByTestId("reauthentication")).ToContainTextAsync("You authenticated at");
        await page.GetByTestId("decision-reject").ClickAsync();
        await page.GetByTestId("signature-comment").FillAsync("No evidence yet: the gates fail.");
        await page.GetByTestId("signature-comment").PressAsync("Tab");
        await page.GetByTestId("sign").ClickAsync();

        await Assertions.Expect(page.GetByTestId("request-state")).ToHaveTextAsync("Rejected");
        await Assertions.Expect(page.GetByTestId("signature")).ToContainTextAsync(new Regex(@"Priya Raman.*Rejected for production.*Re-authenticated \d{2}:\d{2}:\d{2}", RegexOptions.Singleline));
    }

    /// <summary>Olivia requests the promotion of the demo credit-default-pd 2.1.0 (its gates fail, which a rejection allows).</summary>
    private async Task<Guid> RequestAsOliviaAsync()
    {
        _ = _portal.RootUri; // starts the portal and seeds the demo organisation
        var olivia = (await _portal.Services.GetRequiredService<PersonDirectory>().FindByEmailAsync(PortalClients.Olivia))!;
        var request = await _portal.Services.GetRequiredService<PromotionService>().RequestAsync(
            new Actor(olivia.Id, olivia.DisplayName, new HashSet<string> { PortalRoles.ModelOwner }), "credit-default-pd", "2.1.0",
            new PromotionSubmission(ModelStage.Production, "Retrained on Q3 data.", ModelStage.Staging));
        return request.Id;
    }
}
