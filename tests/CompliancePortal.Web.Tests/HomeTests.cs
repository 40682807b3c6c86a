using CompliancePortal.Web.Components.Pages;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests;

public sealed class HomeTests : PortalTestContext
{
    [Fact]
    public async Task MyModels_ForAnOwner_ListsTheModelsTheyOwnOrBackUp()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(
            ["/models/card-fraud-score", "/models/credit-default-pd", "/models/customer-churn-propensity"],
            cut.FindAll("[data-testid=my-models] tbody a").Select(a => a.GetAttribute("href")).Order()));
        Assert.Contains("My models", cut.Markup);
        Assert.Contains("Retail credit probability of default", cut.Find("[data-testid=my-models]").TextContent);
    }

    [Fact]
    public async Task MyModels_ForSomeoneWhoOwnsNoModel_ShowsTheEmptyState()
    {
        await SignInAsync(DemoPeople.Henrik);

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=empty-state]"), e => e.TextContent.Contains("You own no models")));
        Assert.Empty(cut.FindAll("[data-testid=my-models]"));
    }
}
