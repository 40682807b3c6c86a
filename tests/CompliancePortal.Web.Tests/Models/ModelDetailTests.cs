using CompliancePortal.Web.Components.Pages.Models;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Models;

public sealed class ModelDetailTests : PortalTestContext
{
    [Fact]
    public async Task Render_ShowsTheOwnerTheCadenceAndTheVersions()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderDetailAsync("credit-default-pd");

        Assert.Equal("Olivia Owens (olivia.owens@contoso.example)", cut.ByTestId("model-owner").TextContent.Trim());
        Assert.Equal("every 3 months (risk-tier default)", cut.ByTestId("model-cadence").TextContent.Trim());
        cut.WaitForAssertion(() => Assert.Equal(["2.1.0", "2.0.0", "1.0.0"], cut.TableRows().Select(cells => cells[0])));
    }

    [Fact]
    public async Task EditAndRegisterVersion_ForTheOwner_AreShown()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderDetailAsync("credit-default-pd");

        Assert.Single(cut.FindAll("[data-testid=edit-model]"));
        Assert.Single(cut.FindAll("[data-testid=register-version]"));
    }

    [Theory]
    [InlineData(DemoPeople.Marcus)]
    [InlineData(DemoPeople.Henrik)]
    public async Task EditAndRegisterVersion_ForSomeoneWhoDoesNotOwnTheModel_AreHidden(string email)
    {
        await SignInAsync(email);

        var cut = await RenderDetailAsync("credit-default-pd");

        Assert.Empty(cut.FindAll("[data-testid=edit-model]"));
        Assert.Empty(cut.FindAll("[data-testid=register-version]"));
    }

    [Fact]
    public async Task Render_WithAnUnknownKey_ShowsTheErrorState()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = Render<ModelDetail>(p => p.Add(c => c.Key, "no-such-model"));

        cut.WaitForAssertion(() =>
            Assert.Contains("There is no model with the key 'no-such-model'.", cut.ByTestId("error-state").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=model-name]"));
    }

    [Fact]
    public async Task Render_AfterMovingToAnotherModel_ShowsThatModelsVersions()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderDetailAsync("credit-default-pd");
        cut.WaitForAssertion(() => Assert.Equal(3, cut.TableRows().Count));

        cut.Render(p => p.Add(c => c.Key, "card-fraud-score"));

        cut.WaitForAssertion(() => Assert.Equal("Card fraud score", cut.ByTestId("model-name").TextContent.Trim()));
        cut.WaitForAssertion(() => Assert.Equal(["4.1.0", "4.0.0"], cut.TableRows().Select(cells => cells[0])));
    }

    private async Task<IRenderedComponent<ModelDetail>> RenderDetailAsync(string key)
    {
        var cut = Render<ModelDetail>(p => p.Add(c => c.Key, key));
        await cut.WaitForElementAsync("[data-testid=model-name]");
        return cut;
    }
}
