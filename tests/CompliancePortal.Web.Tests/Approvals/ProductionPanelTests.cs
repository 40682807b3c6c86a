using CompliancePortal.Core.Approvals;
using CompliancePortal.Web.Components.Pages.Approvals;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Web.Tests.Approvals;

public sealed class ProductionPanelTests : ApprovalsTestContext
{
    // 2.0.0 is a Major change; the CAB feature's decision is stood in for.
    public ProductionPanelTests() => Services.AddSingleton<ICabDecisions, ApprovingCab>();

    private async Task<IRenderedComponent<ProductionPanel>> RenderPanelAsync()
    {
        var cut = Render<ProductionPanel>(p => p.Add(c => c.ModelKey, Model));
        await cut.WaitForStateAsync(() => cut.FindAll("[data-testid=production-version], [data-testid=production-none]").Count == 1);
        return cut;
    }

    private async Task PromoteAsync(string label)
    {
        await MakeReadyAsync(label);
        var id = await RequestAsync(label);
        await SignAsync(DemoPeople.Priya, id);
        await SignAsync(Daniel, id);
    }

    [Fact]
    public async Task WithoutProduction_SaysSo()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderPanelAsync();

        Assert.NotNull(cut.ByTestId("production-none"));
        Assert.Empty(cut.FindAll("[data-testid=rollback-targets]"));
    }

    [Fact]
    public async Task AfterTwoPromotions_ShowsTheHistory_AndOffersTheOwnerARollbackThatOpensAnExpeditedRequest()
    {
        await PromoteAsync("2.1.0");
        await PromoteAsync("2.0.0");
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPanelAsync();

        var history = cut.TableRows("[data-testid=production-history]");
        await cut.Find("[data-testid='rollback-2.1.0']").ClickAsync(new());
        await cut.FillAsync("rollback-rationale", "2.0.0 misbehaves on thin files.");
        await cut.ClickAsync("request-rollback");

        Assert.StartsWith("2.0.0", cut.ByTestId("production-version").TextContent.Trim());
        Assert.Equal(["2.0.0", "2.1.0"], history.Select(r => r[0]));
        Assert.Equal("now", history[0][2]);
        Assert.Contains("Priya Raman", history[1][4]);
        var rollback = Assert.Single(await Get<PromotionQueries>().PendingAsync());
        Assert.Equal(PromotionKind.Rollback, rollback.Kind);
        Assert.Equal(1, rollback.RequiredApprovals);
        Assert.Equal($"http://localhost/promotions/{rollback.Id}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task AManager_SeesTheHistory_ButNoRollback()
    {
        await PromoteAsync("2.1.0");
        await PromoteAsync("2.0.0");
        await SignInAsync("grace.mbeki@contoso.example");

        var cut = await RenderPanelAsync();

        Assert.Equal(2, cut.FindAll("[data-testid=production-period]").Count);
        Assert.Empty(cut.FindAll("[data-testid=rollback-targets]"));
    }
}
