using CompliancePortal.Web.Components.Pages.Models;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Models;

public sealed class ModelListTests : PortalTestContext
{
    [Fact]
    public async Task Render_ListsTheSeededModelsWithKeyRiskTierAndOwner()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = Render<ModelList>();

        cut.WaitForAssertion(() => Assert.Equal(
            [
                ("aml-transaction-monitoring", "High", "Marcus Chen"),
                ("card-fraud-score", "High", "Marcus Chen"),
                ("complaint-text-classifier", "Low", "Sofia Alvarez"),
                ("credit-default-pd", "Critical", "Olivia Owens"),
                ("customer-churn-propensity", "Medium", "Sofia Alvarez"),
            ],
            KeyTierAndOwner(cut)));
    }

    [Fact]
    public async Task Search_ShowsOnlyTheMatchingModels()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = Render<ModelList>();
        cut.WaitForAssertion(() => Assert.Equal(5, KeyTierAndOwner(cut).Count));

        await cut.ByTestId("models-search").InputAsync(new() { Value = "fraud" });

        cut.WaitForAssertion(() => Assert.Equal([("card-fraud-score", "High", "Marcus Chen")], KeyTierAndOwner(cut)), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RegisterModelButton_ForAModelOwner_IsShown()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = Render<ModelList>();

        Assert.Single(cut.FindAll("[data-testid=new-model]"));
    }

    [Fact]
    public async Task RegisterModelButton_ForAnAuditor_IsNotShown()
    {
        await SignInAsync(DemoPeople.Henrik);

        var cut = Render<ModelList>();

        cut.WaitForAssertion(() => Assert.Equal(5, KeyTierAndOwner(cut).Count));
        Assert.Empty(cut.FindAll("[data-testid=new-model]"));
    }

    private static List<(string Key, string Tier, string Owner)> KeyTierAndOwner(IRenderedComponent<ModelList> cut) =>
        cut.TableRows().Select(cells => (cells[0], cells[2], cells[3])).ToList();
}
