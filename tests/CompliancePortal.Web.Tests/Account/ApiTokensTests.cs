using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Web.Components.Pages.Account;
using CompliancePortal.Web.Components.Shared;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Account;

public sealed class ApiTokensTests : PortalTestContext
{
    [Fact]
    public async Task Create_ShowsTheSecretAndListsTheTokenAsActive()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderTokensAsync();
        await cut.FillAsync("token-name", "CI pipeline");

        await cut.ClickAsync("create-token");

        Assert.StartsWith("cpt_", IssuedSecret(cut));
        Assert.Equal([("CI pipeline", "Active")], NameAndStatus(cut));
    }

    [Fact]
    public async Task Reopen_AfterCreatingAToken_ListsItWithoutShowingTheSecretAgain()
    {
        await SignInAsync(DemoPeople.Olivia);
        var first = await RenderTokensAsync();
        await first.FillAsync("token-name", "CI pipeline");
        await first.ClickAsync("create-token");
        var secret = IssuedSecret(first);

        var reopened = await RenderTokensAsync();

        Assert.Equal([("CI pipeline", "Active")], NameAndStatus(reopened));
        Assert.Empty(reopened.FindAll("[data-testid=issued-token]"));
        Assert.DoesNotContain(secret, reopened.Markup);
    }

    [Fact]
    public async Task Revoke_MarksTheTokenRevoked()
    {
        await SignInAsync(DemoPeople.Olivia);
        await Get<ApiTokenService>().CreateAsync(await Get<CurrentUser>().ActorAsync(), "Nightly export", 30);
        var cut = await RenderTokensAsync();

        await cut.ClickAsync("revoke-token");

        Assert.Equal([("Nightly export", "Revoked")], NameAndStatus(cut));
        Assert.Empty(cut.FindAll("[data-testid=revoke-token]"));
    }

    [Fact]
    public async Task Create_WithAnEmptyName_ShowsTheFieldErrorAndCreatesNoToken()
    {
        var olivia = await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderTokensAsync();

        await cut.ClickAsync("create-token");

        Assert.StartsWith("Name the token", cut.ErrorBeside("token-name"));
        Assert.Empty(cut.FindAll("[data-testid=issued-token]"));
        Assert.Empty(await Get<ApiTokenService>().ListAsync(olivia.Id));
    }

    private async Task<IRenderedComponent<ApiTokens>> RenderTokensAsync()
    {
        var cut = Render<ApiTokens>();
        await cut.WaitForElementAsync("[data-testid=create-token]");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=loading-state]")));
        return cut;
    }

    private static string IssuedSecret(IRenderedComponent<ApiTokens> cut) =>
        cut.Find("[data-testid=issued-token] code").TextContent.Trim();

    private static List<(string Name, string Status)> NameAndStatus(IRenderedComponent<ApiTokens> cut) =>
        cut.TableRows("[data-testid=tokens-table]").Select(cells => (cells[0], cells[5])).ToList();
}
