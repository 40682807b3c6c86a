using AngleSharp.Dom;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Pages.ChangeAdvisory;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components.Web;

namespace CompliancePortal.Web.Tests.ChangeAdvisory;

public sealed class VotePanelTests : CabTestContext
{
    [Fact]
    public async Task AMember_SeesTheTallyQuorumAndRecusal_AndCanVote()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Daniel);

        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=tally]");

        Assert.Equal("For 0", cut.ByTestId("tally-for").TextContent.Trim());
        Assert.Equal("Recused 1", cut.ByTestId("tally-recused").TextContent.Trim());
        Assert.Equal("false", cut.ByTestId("tally-quorum").GetAttribute("data-reached"));
        var marcus = cut.Find("[data-testid=ballot-row][data-member='Marcus Chen']");
        Assert.NotNull(marcus.QuerySelector("[data-testid=recused]"));
        Assert.NotNull(cut.Find("[data-testid=cast-vote]"));
        Assert.Empty(cut.FindAll("[data-testid=close-item]"));
    }

    [Fact]
    public async Task AVoteCastInAnotherBrowser_ChangesTheTally_WithoutAReload()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Yuki);
        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=tally]");

        await Get<CabVotingService>().VoteAsync(await ActorAsync(DemoPeople.Daniel), item.Id, CabChoice.Approve, null, null);

        cut.WaitForAssertion(() => Assert.Equal("For 1", cut.ByTestId("tally-for").TextContent.Trim()));
        var daniel = cut.Find("[data-testid=ballot-row][data-member='Daniel Okafor']");
        Assert.Equal("Approve", daniel.QuerySelector("[data-testid=vote]")!.TextContent.Trim());
    }

    [Fact]
    public async Task AClosedPanel_HoldsNoSubscription_AndHearsNothing()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Yuki);
        var live = Get<LiveUpdates>();
        var before = live.SubscriberCount<CabChanged>();
        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=tally]");
        Assert.Equal(before + 1, live.SubscriberCount<CabChanged>());
        var heard = new List<CabChanged>();
        using var probe = live.Subscribe<CabChanged>(heard.Add);

        await DisposeComponentsAsync();
        await Get<CabVotingService>().VoteAsync(await ActorAsync(DemoPeople.Daniel), item.Id, CabChoice.Approve, null, null);

        // The change was published (the probe heard it), yet only the probe is left listening: the closed panel got nothing.
        Assert.Equal(item.Id, Assert.Single(heard).ReviewId);
        Assert.Equal(before + 1, live.SubscriberCount<CabChanged>());
    }

    [Fact]
    public async Task ARejectionWithoutAReason_IsRefusedBesideTheField_AndRecordsNothing()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Daniel);
        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=cast-vote]");

        await ChooseAsync(cut, CabChoice.Reject);
        await cut.ClickAsync("cast-vote");

        Assert.Equal("A rejection needs a reason the requester can act on.", cut.ErrorBeside("vote-reason"));
        Assert.Empty((await Get<CabQueries>().ReviewAsync(item.Id)).Ballots);
    }

    [Fact]
    public async Task AMemberVotes_ThroughTheForm_AndTheirVoteIsShown()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Daniel);
        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=cast-vote]");

        await ChooseAsync(cut, CabChoice.ApproveWithConditions);
        await cut.FillAsync("vote-conditions", "Shadow-run results reviewed by Financial Crime Operations");
        await cut.ClickAsync("cast-vote");

        var ballot = Assert.Single((await Get<CabQueries>().ReviewAsync(item.Id)).Ballots);
        Assert.Equal((CabChoice.ApproveWithConditions, "Shadow-run results reviewed by Financial Crime Operations"), (ballot.Choice, ballot.Conditions));
        cut.WaitForAssertion(() => Assert.Equal("Change vote", cut.ByTestId("cast-vote").TextContent.Trim()));
    }

    [Fact]
    public async Task TheRecusedOwner_IsToldSo_AndGetsNoVoteForm()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Marcus);

        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=you-are-recused]");

        Assert.Empty(cut.FindAll("[data-testid=cast-vote]"));
    }

    [Fact]
    public async Task TheChair_ClosingWithoutQuorum_IsToldWhy_AndNothingIsDecided()
    {
        var item = await DemoAgendaItemAsync();
        await Get<CabVotingService>().VoteAsync(await ActorAsync(DemoPeople.Daniel), item.Id, CabChoice.Approve, null, null);
        await SignInAsync(DemoPeople.Yuki);
        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=close-item]");

        await cut.ClickAsync("close-item");

        cut.WaitForAssertion(() => Assert.Contains("quorum is not reached (1 of the 2", cut.ByTestId("form-error").TextContent));
        Assert.False((await Get<CabQueries>().ReviewAsync(item.Id)).IsDecided);
    }

    [Fact]
    public async Task TheChair_ClosesTheItem_AndEveryViewerSeesTheFinalDecision()
    {
        var item = await DemoAgendaItemAsync();
        await Get<CabVotingService>().VoteAsync(await ActorAsync(DemoPeople.Daniel), item.Id, CabChoice.Approve, null, null);
        await Get<CabVotingService>().VoteAsync(await ActorAsync(DemoPeople.Yuki), item.Id, CabChoice.Abstain, null, null);
        await SignInAsync(DemoPeople.Yuki);
        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=close-item]");

        await cut.ClickAsync("close-item");

        cut.WaitForAssertion(() => Assert.Contains("Approved", cut.ByTestId("decision").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=close-item]"));
        Assert.Empty(cut.FindAll("[data-testid=cast-vote]"));
    }

    [Fact]
    public async Task AVoteArrivingAsTheChairCloses_RefusesTheClose_SoTheChairSeesTheTallyFirst()
    {
        var item = await DemoAgendaItemAsync();
        var voting = Get<CabVotingService>();
        await voting.VoteAsync(await ActorAsync(DemoPeople.Daniel), item.Id, CabChoice.Approve, null, null);
        await voting.VoteAsync(await ActorAsync(DemoPeople.Yuki), item.Id, CabChoice.Approve, null, null);
        var seen = (await Get<CabQueries>().ReviewAsync(item.Id)).Revision;
        var yuki = await ActorAsync(DemoPeople.Yuki);

        await voting.VoteAsync(await ActorAsync(DemoPeople.Daniel), item.Id, CabChoice.Reject, null, "Changed my mind: no shadow run");
        var refused = await Assert.ThrowsAsync<ConflictException>(() => voting.CloseItemAsync(yuki, item.Id, seen));

        Assert.Contains("check the tally", refused.Message);
        Assert.False((await Get<CabQueries>().ReviewAsync(item.Id)).IsDecided);
    }

    [Fact]
    public async Task AnAdministratorEditingTheBoard_ChangesWhoIsListed_OnAnOpenPanel()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Yuki);
        var cut = Render<VotePanel>(p => p.Add(c => c.ReviewId, item.Id));
        await cut.WaitForElementAsync("[data-testid=ballot-row][data-member='Daniel Okafor']");
        var board = (await Get<BoardQueries>().GetAsync(Board))!;

        var withoutDaniel = new BoardDefinition(board.Name, board.Description, board.Chair.Id,
            board.Members.Where(m => m.DisplayName != "Daniel Okafor").Select(m => m.Id).ToList(), new BoardRules(board.Quorum, board.DecisionRule),
            board.RiskTiers, board.ModelKeys);
        await Get<BoardService>().UpdateAsync(await ActorAsync(DemoPeople.Alex), Board, withoutDaniel, board.Revision);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=ballot-row][data-member='Daniel Okafor']")));
        Assert.NotEmpty(cut.FindAll("[data-testid=ballot-row][data-member='Yuki Tanaka']"));
    }

    private static async Task ChooseAsync(IRenderedComponent<VotePanel> cut, CabChoice choice)
    {
        var radio = cut.ByTestId($"choice-{choice}");
        var input = radio.TagName == "INPUT" ? radio : radio.QuerySelector("input")!;
        await input.ClickAsync(new MouseEventArgs());
    }
}
