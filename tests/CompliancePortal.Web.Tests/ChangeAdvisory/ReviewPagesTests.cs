using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Pages.ChangeAdvisory;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Tests.ChangeAdvisory;

public sealed class ReviewPagesTests : CabTestContext
{
    [Fact]
    public async Task TheOwner_AsksTheCabToReviewAMinorChange_AndLandsOnItsReview()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = Render<CabReviewPanel>(p => p.Add(c => c.ModelKey, "credit-default-pd").Add(c => c.Label, "2.1.0")
            .Add(c => c.ChangeClass, Core.Models.ChangeClass.Minor));
        await cut.WaitForElementAsync("[data-testid=cab-review-ask]");
        await cut.ClickAsync("cab-review-ask");

        await cut.ClickAsync("cab-review-submit");
        Assert.Equal("Say why the board should review this change.", cut.ErrorBeside("cab-review-reason"));
        Assert.Null((await Get<CabQueries>().ForVersionAsync("credit-default-pd", "2.1.0", Actor.System)).Current);

        await cut.FillAsync("cab-review-reason", "The calibration change moves approval rates for thin-file applicants.");
        await cut.ClickAsync("cab-review-submit");

        var review = (await Get<CabQueries>().ForVersionAsync("credit-default-pd", "2.1.0", Actor.System)).Current;
        Assert.NotNull(review);
        Assert.Equal((ChangeReviewSource.OwnerRequested, ChangeReviewState.AwaitingAssessment, "Model Risk Change Advisory Board"),
            (review.Source, review.State, review.BoardName));
        Assert.EndsWith($"/cab/reviews/{review.Id}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task SomeoneWhoIsNotTheOwner_IsNotOfferedToAskForAReview()
    {
        await SignInAsync(DemoPeople.Priya);

        var cut = Render<CabReviewPanel>(p => p.Add(c => c.ModelKey, "credit-default-pd").Add(c => c.Label, "2.1.0")
            .Add(c => c.ChangeClass, Core.Models.ChangeClass.Minor));
        await cut.WaitForElementAsync("[data-testid=cab-review-none]");

        Assert.Empty(cut.FindAll("[data-testid=cab-review-ask]"));
    }

    [Fact]
    public async Task TheRequester_FillsInTheRiskAssessment_OnTheReviewPage_WhichScoresIt()
    {
        var id = await Get<ChangeReviewService>().RequestReviewAsync(await ActorAsync(DemoPeople.Olivia), "credit-default-pd", "2.1.0",
            "Calibration change");
        await SignInAsync(DemoPeople.Olivia);
        RenderPopoverProvider();
        var cut = Render<ReviewPage>(p => p.Add(c => c.Id, id));
        await cut.WaitForElementAsync("[data-testid=save-assessment]");

        await cut.FillAsync("assess-what", "Platt scaling refit on 2026 originations.");
        await cut.ClickAsync("save-assessment");
        Assert.Equal("Say why the change is made.", cut.ErrorBeside("assess-why"));
        Assert.Null((await Get<CabQueries>().ReviewAsync(id)).Assessment);

        await cut.FillAsync("assess-why", "Calibration drifted on thin-file applicants.");
        await cut.FillAsync("assess-impact-text", "Mispriced loans for one segment.");
        await cut.FillAsync("assess-evidence", "Holdout 2026Q3 evaluation.");
        await cut.FillAsync("assess-rollback", "Roll back to 2.0.0 through the portal.");
        await cut.FillAsync("assess-responsible", "Olivia Owens");
        await cut.ClickAsync("save-assessment");

        var saved = await Get<CabQueries>().ReviewAsync(id);
        Assert.Equal((ChangeReviewState.ReadyForAgenda, RiskLevel.Moderate), (saved.State, saved.RiskScore));
        cut.WaitForAssertion(() => Assert.Equal("Ready for an agenda", cut.ByTestId("review-state").TextContent.Trim()));
    }

    [Fact]
    public async Task AMember_SeesTheAssessmentReadOnly_TheGate_AndTheVoting()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Daniel);

        var cut = Render<ReviewPage>(p => p.Add(c => c.Id, item.Id));
        await cut.WaitForElementAsync("[data-testid=assessment-table]");

        Assert.Empty(cut.FindAll("[data-testid=save-assessment]"));
        Assert.Contains("on the agenda of a CAB meeting", cut.ByTestId("review-gate").TextContent);
        Assert.Contains("graph neural network", cut.ByTestId("assessment-table").TextContent);
        await cut.WaitForElementAsync("[data-testid=review-evidence-gates]");
        Assert.Equal("false", cut.Find("[data-testid=review-evidence-gates] [data-testid=gate-CabDecision]").GetAttribute("data-passed"));
        Assert.Contains("CAB review open", cut.ByTestId("evidence-facts").TextContent);
        await cut.WaitForElementAsync("[data-testid=vote-panel]");
    }

    [Fact]
    public async Task AnUnknownReview_SaysSo()
    {
        await SignInAsync(DemoPeople.Daniel);
        var id = Guid.NewGuid();

        var cut = Render<ReviewPage>(p => p.Add(c => c.Id, id));
        await cut.WaitForElementAsync("[data-testid=error-state]");

        Assert.Contains($"There is no change review {id}.", cut.ByTestId("error-state").TextContent);
    }

    [Fact]
    public async Task Conditions_TheOwnerMarksDone_AndTheChairConfirms()
    {
        var item = await DemoAgendaItemAsync();
        var voting = Get<CabVotingService>();
        await voting.VoteAsync(await ActorAsync(DemoPeople.Daniel), item.Id, CabChoice.ApproveWithConditions, "Shadow-run report attached to the card", null);
        await voting.VoteAsync(await ActorAsync(DemoPeople.Yuki), item.Id, CabChoice.Approve, null, null);
        await voting.CloseItemAsync(await ActorAsync(DemoPeople.Yuki), item.Id);

        await SignInAsync(DemoPeople.Marcus);
        var owner = Render<ReviewPage>(p => p.Add(c => c.Id, item.Id));
        await owner.WaitForElementAsync("[data-testid=mark-done]");
        Assert.Empty(owner.FindAll("[data-testid=confirm-condition]"));
        await owner.FillAsync("condition-note", "Card section 5, revision 3");
        await owner.ClickAsync("mark-done");
        owner.WaitForAssertion(() => Assert.Equal("true", owner.ByTestId("condition").GetAttribute("data-done")));
        await DisposeComponentsAsync();

        await SignInAsync(DemoPeople.Yuki);
        var chair = Render<ReviewPage>(p => p.Add(c => c.Id, item.Id));
        await chair.WaitForElementAsync("[data-testid=confirm-condition]");
        await chair.ClickAsync("confirm-condition");

        chair.WaitForAssertion(() => Assert.Equal("true", chair.ByTestId("condition").GetAttribute("data-confirmed")));
        var review = await Get<CabQueries>().ReviewAsync(item.Id);
        Assert.True(review.Gate.Approving);
        Assert.Equal("Card section 5, revision 3", Assert.Single(review.Conditions).DoneNote);
    }
}
