using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Oidc;
using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Authentication;

/// <summary>
/// Entra ID sign-in for real: Chromium goes through Microsoft.Identity.Web to a loopback OpenID Connect issuer
/// that issues Entra-shaped tokens (tid, oid, preferred_username, roles), and comes back signed in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntraIdSignInTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private TestOidcIssuer _issuer = default!;
    private PortalFactory _portal = default!;
    private IBrowserContext _context = default!;

    public async Task InitializeAsync()
    {
        _issuer = await TestOidcIssuer.StartAsync();
        _portal = new PortalFactory(PortalSettings.Sqlite() with
        {
            UseKestrel = true,
            AuthenticationMode = "EntraId",
            SeedDemoData = false,
            Extra = new Dictionary<string, string?>
            {
                ["AzureAd:Instance"] = _issuer.Instance,
                ["AzureAd:TenantId"] = _issuer.TenantId,
                ["AzureAd:ClientId"] = _issuer.ClientId,
                ["Authentication:TestIssuer"] = _issuer.Issuer,
            },
        });
        _context = await chromium.Browser.NewContextAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _portal.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ComplianceOfficer_SignsInThroughTheIdentityProvider_AndSeesTheirAppRoles()
    {
        _issuer.User = new TestOidcUser("5d2f1c9e-0000-4000-8000-00000000a001", "Nadia Rahman", "nadia.rahman@contoso.example", ["ComplianceOfficer"]);
        var page = await _context.NewPageAsync();

        await page.GotoAsync(new Uri(_portal.RootUri, "/audit").ToString());
        Assert.True(await page.Locator("#continue").CountAsync() > 0, $"Expected the identity provider's sign-in page, got {page.Url}: {await page.ContentAsync()}");
        await page.Locator("#continue").ClickAsync();
        await page.WaitForInteractiveAsync();

        Assert.Equal(1, _issuer.SignInCount);
        Assert.Equal("/audit", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByTestId("signed-in-person")).ToContainTextAsync("Nadia Rahman");
        await Assertions.Expect(page.GetByTestId("signed-in-roles")).ToContainTextAsync("ComplianceOfficer");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("person.registered");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("Nadia Rahman");

        await page.GetByTestId("signed-in-person").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await page.GetByTestId("signed-out").WaitForAsync();
        var response = await page.GotoAsync(new Uri(_portal.RootUri, "/api/v1/me").ToString());
        Assert.Equal(401, response!.Status);
    }

    [Fact]
    public async Task PersonWithoutTheAuditRoles_SignsIn_AndIsNotShownTheAuditLog()
    {
        _issuer.User = new TestOidcUser("5d2f1c9e-0000-4000-8000-00000000a002", "Tom Baker", "tom.baker@contoso.example", ["ModelOwner"]);
        var page = await _context.NewPageAsync();

        await page.GotoAsync(new Uri(_portal.RootUri, "/audit").ToString());
        await page.Locator("#continue").ClickAsync();
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("not-authorized")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav")).Not.ToContainTextAsync("Audit log");
        await Assertions.Expect(page.GetByTestId("signed-in-roles")).ToContainTextAsync("ModelOwner");
    }
}
