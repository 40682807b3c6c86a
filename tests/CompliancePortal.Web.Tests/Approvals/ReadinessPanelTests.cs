using CompliancePortal.Core.Approvals;
using CompliancePortal.Web.Components.Pages.Approvals;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Tests.Approvals;

public sealed class ReadinessPanelTests : ApprovalsTestContext
{
    private async Task<IRenderedComponent<ReadinessPanel>> RenderPanelAsync()
    {
        RenderPopoverProvider();
        var cut = Render<ReadinessPanel>(p => p.Add(c => c.ModelKey, Model).Add(c => c.Label, Version));
        await cut.WaitForStateAsync(() => cut.FindAll("[data-testid=readiness-gates]").Count == 1);
        return cut;
    }

    private static string Passed(IRenderedComponent<ReadinessPanel> cut, PromotionGate gate) =>
        cut.ByTestId($"gate-{gate}").GetAttribute("data-passed")!;

    [Fact]
    public async Task WithoutEvidence_EveryGateButTheOwnerFails_AndTheOwnerGetsAFixLinkForEach()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderPanelAsync();

        Assert.Equal("true", Passed(cut, PromotionGate.NamedOwner));
        Assert.Equal("false", Passed(cut, PromotionGate.CompleteModelCard));
        Assert.Equal("false", Passed(cut, PromotionGate.PassingEvaluation));
        Assert.Equal("false", Passed(cut, PromotionGate.DriftThresholds));
        Assert.Equal("false", Passed(cut, PromotionGate.Reproducibility));
        Assert.Equal("true", Passed(cut, PromotionGate.CabDecision));
        Assert.Equal($"/models/{Model}/versions/{Version}/card/edit", cut.ByTestId("fix-CompleteModelCard").GetAttribute("href"));
        Assert.Equal($"/models/{Model}/versions/{Version}#drift-thresholds", cut.ByTestId("fix-DriftThresholds").GetAttribute("href"));
        Assert.Contains("4 of 6 gates fail", cut.ByTestId("readiness-summary").TextContent);
        Assert.NotNull(cut.ByTestId("promotion-request-form"));
    }

    [Fact]
    public async Task AnAuditor_SeesTheChecklist_ButNoFixLinksNoFormsAndNoRequestButton()
    {
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPanelAsync();

        Assert.Empty(cut.FindAll("[data-testid^=fix-]"));
        Assert.Empty(cut.FindAll("[data-testid=promotion-request-form]"));
        Assert.Empty(cut.FindAll("[data-testid=drift-save]"));
        Assert.Empty(cut.FindAll("[data-testid=run-reproducibility]"));
    }

    [Fact]
    public async Task WithCompleteEvidence_EveryGatePasses()
    {
        await MakeReadyAsync();
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderPanelAsync();

        Assert.Contains("Every gate passes", cut.ByTestId("readiness-summary").TextContent);
        Assert.Contains("Passed", cut.ByTestId("reproducibility-result").TextContent);
    }

    [Fact]
    public async Task Request_WithoutRationale_ShowsTheErrorBesideTheField_AndWithOne_OpensTheRequest()
    {
        await MakeReadyAsync();
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPanelAsync();

        await cut.ClickAsync("request-promotion");
        var error = cut.ErrorBeside("promotion-rationale");
        await cut.FillAsync("promotion-rationale", "Better calibrated on thin files.");
        await cut.ClickAsync("request-promotion");

        Assert.Contains("rationale", error);
        var pending = Assert.Single(await Get<PromotionQueries>().PendingAsync());
        Assert.Equal($"http://localhost/promotions/{pending.Id}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task DriftThresholds_CriticalBelowWarning_IsShownBesideTheCriticalField_AndAValidOneSaves()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPanelAsync();

        await cut.FillAsync("drift-monitored-0", "income");
        await cut.FillAsync("drift-warning-0", "0.3");
        await cut.FillAsync("drift-critical-0", "0.2");
        await cut.ClickAsync("drift-save");
        var error = cut.ErrorBeside("drift-critical-0");
        await cut.FillAsync("drift-critical-0", "0.5");
        await cut.ClickAsync("drift-save");

        Assert.Contains("above the warning threshold", error);
        await cut.WaitForStateAsync(() => Passed(cut, PromotionGate.DriftThresholds) == "true");
        Assert.Equal(0.5, Assert.Single((await Get<DriftPolicyService>().GetAsync(Model, Version))!.Thresholds).Critical);
    }
}
