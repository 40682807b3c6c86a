using CompliancePortal.Core.Revalidation;
using CompliancePortal.Web.Components.Pages.Revalidation;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Revalidation;

public sealed class RevalidationReviewPageTests : RevalidationTestContext
{
    [Fact]
    public async Task TheOwnerThenAComplianceOfficer_SignOff_AndThePageShowsTheOutcome()
    {
        var reviewId = await CreditReviewIdAsync();
        await SignInAsync(DemoPeople.Olivia);
        var owner = RenderReview(reviewId);
        Assert.Empty(owner.FindAll("[data-testid=sign-compliance]"));

        await owner.ClickAsync("sign-owner-outcome-Pass");
        await owner.ClickAsync("sign-owner");

        owner.WaitForAssertion(() => Assert.Contains("Olivia Owens", owner.ByTestId("owner-signature").TextContent));
        Assert.Empty(owner.FindAll("[data-testid=sign-owner]"));

        await SignInAsync(DemoPeople.Priya);
        var officer = RenderReview(reviewId);
        Assert.Empty(officer.FindAll("[data-testid=sign-owner]"));
        await officer.ClickAsync("sign-compliance-outcome-PassWithFindings");
        await officer.FillAsync("sign-compliance-comments", "Recall on the thin-file segment has slipped; monitor monthly.");
        await officer.ClickAsync("sign-compliance");

        officer.WaitForAssertion(() => Assert.Equal("Pass with findings", officer.ByTestId("review-outcome").TextContent.Trim()));
        Assert.Equal("SignedOff", officer.ByTestId("review-page").GetAttribute("data-state"));
        Assert.Contains("Priya Raman", officer.ByTestId("compliance-signature").TextContent);
        Assert.Empty(officer.FindAll("[data-testid=sign-compliance]"));
        Assert.Equal(RevalidationOutcome.PassWithFindings, (await Get<RevalidationQueries>().ReviewAsync(reviewId)).Outcome);
    }

    [Fact]
    public async Task AFail_WithoutComments_ShowsTheMessageBesideTheCommentsAndSignsNothing()
    {
        var reviewId = await CreditReviewIdAsync();
        await SignInAsync(DemoPeople.Olivia);
        var cut = RenderReview(reviewId);

        await cut.ClickAsync("sign-owner-outcome-Fail");
        await cut.ClickAsync("sign-owner");

        Assert.Equal("A pass with findings or a fail needs comments that say what was found.", cut.ErrorBeside("sign-owner-comments"));
        Assert.Null((await Get<RevalidationQueries>().ReviewAsync(reviewId)).OwnerSignature);
    }

    [Fact]
    public async Task AFailedSignOff_ShowsTheAlert()
    {
        var reviewId = await CreditReviewIdAsync();
        var service = Get<RevalidationService>();
        await service.SignAsOwnerAsync(await ActorAsync(DemoPeople.Olivia), reviewId, RevalidationOutcome.Pass, null);
        await service.SignAsComplianceOfficerAsync(await ActorAsync(DemoPeople.Priya), reviewId, RevalidationOutcome.Fail, "AUC below threshold.");
        await SignInAsync(DemoPeople.Henrik);

        var cut = RenderReview(reviewId);

        Assert.NotNull(cut.ByTestId("review-alert"));
        Assert.Equal("Fail", cut.ByTestId("review-outcome").TextContent.Trim());
    }

    [Fact]
    public async Task AnAuditor_SeesTheReviewButNoSignOffButtons()
    {
        var reviewId = await CreditReviewIdAsync();
        await SignInAsync(DemoPeople.Henrik);

        var cut = RenderReview(reviewId);

        Assert.Equal("Retail credit probability of default", cut.ByTestId("review-model").TextContent.Trim());
        Assert.Equal("2026-04-10", cut.ByTestId("review-due").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=sign-owner]"));
        Assert.Empty(cut.FindAll("[data-testid=sign-compliance]"));
    }

    private IRenderedComponent<RevalidationReviewPage> RenderReview(Guid id)
    {
        var cut = Render<RevalidationReviewPage>(p => p.Add(c => c.Id, id));
        cut.WaitForElement("[data-testid=review-page]");
        return cut;
    }
}
