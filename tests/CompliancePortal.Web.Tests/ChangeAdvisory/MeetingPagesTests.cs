using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Web.Components.Pages.ChangeAdvisory;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Tests.ChangeAdvisory;

public sealed class MeetingPagesTests : CabTestContext
{
    [Fact]
    public async Task TheBoardPage_ListsTheUpcomingMeeting_AndOffersSchedulingOnlyToTheChair()
    {
        await SignInAsync(DemoPeople.Daniel);
        var member = Render<BoardPage>(p => p.Add(c => c.Key, Board));
        await member.WaitForElementAsync("[data-testid=meeting-row]");
        Assert.Contains("Model Risk CAB — monthly review", member.ByTestId("board-meetings").TextContent);
        Assert.Contains("aml-transaction-monitoring", member.ByTestId("open-reviews").TextContent);
        Assert.Empty(member.FindAll("[data-testid=new-meeting]"));
        await DisposeComponentsAsync();

        await SignInAsync(DemoPeople.Yuki);
        var chair = Render<BoardPage>(p => p.Add(c => c.Key, Board));
        await chair.WaitForElementAsync("[data-testid=new-meeting]");
    }

    [Fact]
    public async Task SchedulingAMeeting_WithoutAPlace_IsRefusedBesideTheField_ThenScheduledAndOpened()
    {
        await SignInAsync(DemoPeople.Yuki);
        RenderPopoverProvider();
        var cut = Render<MeetingSchedulePage>(p => p.Add(c => c.Key, Board));
        await cut.WaitForElementAsync("[data-testid=schedule-meeting]");
        var before = (await Get<CabQueries>().MeetingsAsync(Board, DateTimeOffset.UtcNow)).Count;

        await cut.ClickAsync("schedule-meeting");
        Assert.Equal("Say where the meeting is: a room, a call link, or both.", cut.ErrorBeside("meeting-location"));
        Assert.Equal(before, (await Get<CabQueries>().MeetingsAsync(Board, DateTimeOffset.UtcNow)).Count);

        await cut.FillAsync("meeting-call-link", "https://meet.contoso.example/extra-cab");
        await cut.ClickAsync("schedule-meeting");

        var meetings = await Get<CabQueries>().MeetingsAsync(Board, DateTimeOffset.UtcNow);
        Assert.Equal(before + 1, meetings.Count);
        var scheduled = Assert.Single(meetings, m => m.CallLink == "https://meet.contoso.example/extra-cab");
        Assert.EndsWith($"/cab/meetings/{scheduled.Id}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task SomeoneOtherThanTheChair_CannotScheduleAMeeting()
    {
        await SignInAsync(DemoPeople.Daniel);

        var cut = Render<MeetingSchedulePage>(p => p.Add(c => c.Key, Board));
        await cut.WaitForElementAsync("[data-testid=error-state]");

        Assert.Contains("Only the chair of Model Risk Change Advisory Board (Yuki Tanaka) schedules its meetings.", cut.ByTestId("error-state").TextContent);
    }

    [Fact]
    public async Task TheMeetingPage_ShowsTheAgendaWithLiveVoting_AndTheChairsControlsOnlyToTheChair()
    {
        var item = await DemoAgendaItemAsync();
        await SignInAsync(DemoPeople.Daniel);
        var member = Render<MeetingPage>(p => p.Add(c => c.Id, item.MeetingId!.Value));
        await member.WaitForElementAsync("[data-testid=agenda-item]");
        Assert.Equal("aml-transaction-monitoring", member.ByTestId("agenda-item").GetAttribute("data-model"));
        await member.WaitForElementAsync("[data-testid=vote-panel]");
        Assert.Empty(member.FindAll("[data-testid=agenda-builder]"));
        Assert.Empty(member.FindAll("[data-testid=close-meeting]"));
        await DisposeComponentsAsync();

        await SignInAsync(DemoPeople.Yuki);
        var chair = Render<MeetingPage>(p => p.Add(c => c.Id, item.MeetingId!.Value));
        await chair.WaitForElementAsync("[data-testid=agenda-builder]");
        Assert.NotNull(chair.Find("[data-testid=close-meeting]"));
    }

    [Fact]
    public async Task TheChair_AddsAnAssessedReviewToTheAgenda_FromTheBuilder()
    {
        var olivia = await ActorAsync(DemoPeople.Olivia);
        var reviews = Get<ChangeReviewService>();
        var id = await reviews.RequestReviewAsync(olivia, "credit-default-pd", "2.0.0", "Second opinion on the new architecture");
        await reviews.AssessAsync(olivia, id, new RiskAssessment("New model", "Better", RiskLevel.Low, RiskLevel.Low, "Mispricing", "Holdout",
            "Roll back to 1.0.0", "Olivia Owens"));
        var meeting = (await DemoAgendaItemAsync()).MeetingId!.Value;
        await SignInAsync(DemoPeople.Yuki);
        RenderPopoverProvider();
        var cut = Render<MeetingPage>(p => p.Add(c => c.Id, meeting));
        await cut.WaitForElementAsync("[data-testid=add-to-agenda]");

        await cut.ClickAsync("add-to-agenda");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=agenda-item]").Count));
        var review = await Get<CabQueries>().ReviewAsync(id);
        Assert.Equal((ChangeReviewState.OnAgenda, meeting), (review.State, review.Meeting!.Id));
    }

    [Fact]
    public async Task ClosingAMeetingBeforeItHasStarted_IsRefused_AndItStaysOpen()
    {
        var item = await DemoAgendaItemAsync();
        var meeting = item.MeetingId!.Value;
        await SignInAsync(DemoPeople.Yuki);
        var cut = Render<MeetingPage>(p => p.Add(c => c.Id, meeting));
        await cut.WaitForElementAsync("[data-testid=close-meeting]");

        await cut.ClickAsync("close-meeting");

        // The demo meeting lies in the future: it cannot be closed before it has taken place.
        cut.WaitForAssertion(() => Assert.Contains("has not started yet", cut.ByTestId("form-error").TextContent));
        Assert.True((await Get<CabQueries>().MeetingAsync(meeting)).IsOpen);
        Assert.Empty(cut.FindAll("[data-testid=minutes-pdf]"));
    }
}
