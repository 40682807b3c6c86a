using CompliancePortal.Core.Approvals;
using CompliancePortal.Web.Components.Pages.Approvals;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Approvals;

public sealed class PromotionRequestPageTests : ApprovalsTestContext
{
    private async Task<IRenderedComponent<PromotionRequestPage>> RenderPageAsync(Guid id)
    {
        RenderPopoverProvider();
        var cut = Render<PromotionRequestPage>(p => p.Add(c => c.Id, id));
        await cut.WaitForStateAsync(() => cut.FindAll("[data-testid=request-state]").Count == 1);
        return cut;
    }

    [Fact]
    public async Task Page_ShowsTheFrozenEvidenceAndTheApprovalsNeeded()
    {
        await MakeReadyAsync();
        var id = await RequestAsync();
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPageAsync(id);

        Assert.Equal("Pending", cut.ByTestId("request-state").TextContent.Trim());
        Assert.Equal("0 of 2 required", cut.ByTestId("request-approvals").TextContent.Trim());
        Assert.Equal(6, cut.FindAll("[data-testid=frozen-gates] tr").Count);
        Assert.Contains("revision 2", cut.ByTestId("evidence-facts").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=open-signature]"));
    }

    [Fact]
    public async Task SignatureDialog_RefusesSomeoneElsesIdentity_NamingTheRule_AndSignsWithTheirOwn()
    {
        await MakeReadyAsync();
        var id = await RequestAsync();
        await SignInAsync(DemoPeople.Priya);
        var cut = await RenderPageAsync(id);

        await cut.ClickAsync("open-signature");
        Assert.Equal("Priya Raman", cut.ByTestId("signer-name").TextContent);
        await cut.FillAsync("signature-comment", "Evidence reviewed.");
        await cut.FillAsync("signature-confirmation", Daniel);
        await cut.ClickAsync("sign");
        var refusal = cut.ByTestId("form-error").TextContent;
        await cut.FillAsync("signature-confirmation", DemoPeople.Priya);
        await cut.ClickAsync("sign");

        Assert.Contains("FreshAuthentication", refusal);
        await cut.WaitForStateAsync(() => cut.FindAll("[data-testid=signature]").Count == 1);
        var row = cut.TableRows("[data-testid=signatures]").Single();
        Assert.Equal("Priya Raman", row[0]);
        Assert.Equal("Approved for production", row[1]);
        Assert.Equal("Evidence reviewed.", row[3]);
        Assert.Equal("1 of 2 required", cut.ByTestId("request-approvals").TextContent.Trim());
    }

    [Fact]
    public async Task SignatureDialog_ForAnAdministratorWhoIsNotAnOfficer_IsNotOffered()
    {
        await MakeReadyAsync();
        var id = await RequestAsync();
        await SignInAsync(DemoPeople.Alex);

        var cut = await RenderPageAsync(id);

        Assert.Empty(cut.FindAll("[data-testid=open-signature]"));
    }

    [Fact]
    public async Task SecondApprovalBySamePerson_IsRefusedInTheDialog()
    {
        await MakeReadyAsync();
        var id = await RequestAsync();
        await SignAsync(DemoPeople.Priya, id);
        await SignInAsync(DemoPeople.Priya);
        var cut = await RenderPageAsync(id);

        await cut.ClickAsync("open-signature");
        await cut.FillAsync("signature-confirmation", DemoPeople.Priya);
        await cut.ClickAsync("sign");

        Assert.Contains("DistinctApprovers", cut.ByTestId("form-error").TextContent);
        Assert.Single(cut.FindAll("[data-testid=signature]"));
    }

    [Fact]
    public async Task ApprovalOnChangedEvidence_IsShownInvalidated_WithWhatChanged()
    {
        await MakeReadyAsync();
        var id = await RequestAsync();
        await SignAsync(DemoPeople.Priya, id);
        await DefineDriftAsync(critical: 0.4);
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPageAsync(id);

        Assert.Contains("drift policy changed", cut.ByTestId("evidence-changed").TextContent);
        Assert.Equal("false", cut.ByTestId("signature").GetAttribute("data-counts"));
        Assert.Equal("0 of 2 required", cut.ByTestId("request-approvals").TextContent.Trim());
    }

    [Fact]
    public async Task LastApproval_PromotesAndShowsTheElapsedTime()
    {
        await MakeReadyAsync();
        var id = await RequestAsync();
        await SignAsync(DemoPeople.Priya, id);
        await SignAsync(Daniel, id);
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderPageAsync(id);

        Assert.Equal("Promoted", cut.ByTestId("request-state").TextContent.Trim());
        Assert.EndsWith(" s", cut.ByTestId("request-elapsed").TextContent.Trim());
        Assert.Equal(PromotionState.Promoted, (await Get<PromotionQueries>().RequestAsync(id)).State);
    }
}
