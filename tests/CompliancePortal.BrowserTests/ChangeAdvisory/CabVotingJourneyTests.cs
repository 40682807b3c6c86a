using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.ChangeAdvisory;

/// <summary>
/// A Major change before the board, in two browsers: the owner's promotion request opens a review, she fills in its
/// risk assessment, the chair puts it on the meeting's agenda; one member votes and the other sees the tally change
/// without reloading; the chair closes the item, and the owner's request shows the CAB gate passed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CabVotingJourneyTests(ChromiumFixture chromium) : BrowserJourney(chromium)
{
    private const string Yuki = "yuki.tanaka@contoso.example";
    private const string Daniel = "daniel.okafor@contoso.example";

    protected override PortalSettings Settings => base.Settings with { RunJobs = false };

    [Fact]
    public async Task TwoMembersVote_EachSeesTheOthersVoteLive_AndTheChairsDecisionPassesTheOwnersCabGate()
    {
        var requestId = await RequestMajorPromotionAsOliviaAsync();
        var root = Portal.RootUri;
        var requestUrl = new Uri(root, $"/promotions/{requestId}").ToString();

        // The owner sees the CAB gate failing on her request and fills in the review's risk assessment.
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Page.GotoAsync(requestUrl);
        await Page.WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=current-gates] [data-testid=gate-CabDecision]")).ToHaveAttributeAsync("data-passed", "false");
        await Page.GetByTestId("request-cab-review").ClickAsync();
        await Page.WaitForInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("review-state")).ToHaveTextAsync("Awaiting risk assessment");
        await Page.FillFieldAsync("What changes", "Gradient-boosted trees replace the logistic scorecard.");
        await Page.FillFieldAsync("Why", "Better discrimination on thin-file applicants (Gini +6 points on the holdout).");
        await Page.FillFieldAsync("Impact if it fails in production", "Mispriced personal loans until rolled back.");
        await Page.FillFieldAsync("Test evidence", "Holdout 2026Q3 evaluation and a two-year back-test.");
        await Page.FillFieldAsync("Rollback plan", "One-click rollback to 1.0.0 in the portal.");
        await Page.FillFieldAsync("Who is responsible", "Olivia Owens");
        await Page.GetByTestId("save-assessment").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("review-state")).ToHaveTextAsync("Ready for an agenda");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("cab-review-assessed.png"), FullPage = true });
        await Page.SignOutAsync();

        // The chair puts it on the upcoming meeting's agenda, open for votes from now.
        await Page.SignInAsDemoPersonAsync(root, Yuki);
        await Page.GotoAsync(new Uri(root, "/cab/boards/model-risk-cab").ToString());
        await Page.WaitForInteractiveAsync();
        await Page.GetByTestId("meeting-row").GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForInteractiveAsync();
        await Page.Locator("[data-testid=candidate][data-model=credit-default-pd] [data-testid=add-to-agenda]").ClickAsync();
        var chairsItem = Page.Locator("[data-testid=agenda-item][data-model=credit-default-pd]");
        await Assertions.Expect(chairsItem.GetByTestId("tally-for")).ToHaveTextAsync("For 0");
        var meetingUrl = Page.Url;

        // A second member, in another browser, opens the same meeting and votes.
        var daniel = await OtherBrowserAsync();
        await daniel.SignInAsDemoPersonAsync(root, Daniel);
        await daniel.GotoAsync(meetingUrl);
        await daniel.WaitForInteractiveAsync();
        var danielsItem = daniel.Locator("[data-testid=agenda-item][data-model=credit-default-pd]");
        await danielsItem.GetByTestId("choice-Approve").ClickAsync(new LocatorClickOptions { Force = true });
        await danielsItem.GetByTestId("cast-vote").ClickAsync();
        await Assertions.Expect(danielsItem.GetByTestId("cast-vote")).ToHaveTextAsync("Change vote");

        // The chair's page changes without a reload: the tally, Daniel's vote, quorum not yet reached.
        await Assertions.Expect(chairsItem.GetByTestId("tally-for")).ToHaveTextAsync("For 1");
        await Assertions.Expect(chairsItem.Locator("[data-testid=ballot-row][data-member='Daniel Okafor'] [data-testid=vote]")).ToHaveTextAsync("Approve");
        await Assertions.Expect(chairsItem.GetByTestId("tally-quorum")).ToHaveAttributeAsync("data-reached", "false");

        // The chair votes too; Daniel's page shows it, with the quorum reached.
        await chairsItem.GetByTestId("choice-Approve").ClickAsync(new LocatorClickOptions { Force = true });
        await chairsItem.GetByTestId("cast-vote").ClickAsync();
        await Assertions.Expect(danielsItem.GetByTestId("tally-for")).ToHaveTextAsync("For 2");
        await Assertions.Expect(danielsItem.GetByTestId("tally-quorum")).ToHaveAttributeAsync("data-reached", "true");
        await daniel.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("cab-live-tally.png"), FullPage = true });

        // The chair closes the item; the decision appears in Daniel's browser too.
        await chairsItem.GetByTestId("close-item").ClickAsync();
        await Assertions.Expect(chairsItem.GetByTestId("decision")).ToContainTextAsync("Approved");
        await Assertions.Expect(danielsItem.GetByTestId("decision")).ToContainTextAsync("Approved");
        await Assertions.Expect(danielsItem.GetByTestId("cast-vote")).ToHaveCountAsync(0);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("cab-meeting-decided.png"), FullPage = true });
        await Page.SignOutAsync();

        // The owner's request now shows the CAB gate passed.
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Page.GotoAsync(requestUrl);
        await Page.WaitForInteractiveAsync();
        var gate = Page.Locator("[data-testid=current-gates] [data-testid=gate-CabDecision]");
        await Assertions.Expect(gate).ToHaveAttributeAsync("data-passed", "true");
        await Assertions.Expect(gate).ToContainTextAsync("The CAB approved the change (2 for, 0 against, 0 abstaining");
    }

    /// <summary>Olivia requests the promotion of credit-default-pd 2.0.0, a Major change (its other gates may fail; the request is still made).</summary>
    private async Task<Guid> RequestMajorPromotionAsOliviaAsync()
    {
        _ = Portal.RootUri; // starts the portal and seeds the demo organisation
        var olivia = (await Portal.Services.GetRequiredService<PersonDirectory>().FindByEmailAsync(PortalClients.Olivia))!;
        var request = await Portal.Services.GetRequiredService<PromotionService>().RequestAsync(
            new Actor(olivia.Id, olivia.DisplayName, new HashSet<string> { PortalRoles.ModelOwner }), "credit-default-pd", "2.0.0",
            new PromotionSubmission(ModelStage.Production, "Gradient-boosted architecture, validated by model risk.", ModelStage.Staging));
        return request.Id;
    }
}
