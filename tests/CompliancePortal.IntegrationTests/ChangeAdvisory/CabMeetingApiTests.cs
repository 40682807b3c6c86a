using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

/// <summary>Meetings over the API: the calendar, voting windows, quorum, closing with its minutes, and every refusal writing nothing.</summary>
public abstract class CabMeetingApiTests(PortalHost host, FakeTimeProvider clock)
{
    private readonly CabDriver _cab = new(host, clock);

    [Fact]
    public async Task ALateVote_AndClosingWithoutQuorum_AreRefused_AndRecordNothing()
    {
        var closes = _cab.StartsAt.AddMinutes(30);
        var (_, _, reviewId, _) = await _cab.MajorChangeOnAgendaAsync(votingClosesAt: closes);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var withoutQuorum = await _cab.CloseItemAsync(reviewId);
        var byMember = await _cab.CloseItemAsync(reviewId, CabDriver.Daniel);
        clock.SetUtcNow(closes.AddMinutes(1));
        var late = await _cab.VoteAsync(CabDriver.Yuki, reviewId, "Approve");
        var review = await _cab.ReviewAsync(reviewId);

        Assert.Contains("quorum is not reached (1 of the 2", (await withoutQuorum.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        await byMember.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("late vote", (await late.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Empty(await audit.EventsAfterAsync(mark));
        Assert.Equal(["Daniel Okafor"], CabDriver.Voters(review));
        Assert.Equal(("OnAgenda", 1), (review.GetProperty("state").GetString(), review.GetProperty("tally").GetProperty("present").GetInt32()));
    }

    [Fact]
    public async Task ClosingTheMeeting_DefersUndecidedItems_AndFixesTheMinutes_InMarkdownAndPdf()
    {
        var (decidedKey, _, decidedId, meeting) = await _cab.MajorChangeOnAgendaAsync();
        var undecidedKey = await _cab.HighRiskModelReadyAsync();
        var undecidedId = (await (await _cab.Promotions.RequestAsync(undecidedKey, "1.0.0")).ExpectAsync(HttpStatusCode.Created)).GetProperty("cabReviewId").GetGuid();
        await (await _cab.AssessAsync(undecidedId)).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.AddToAgendaAsync(meeting, undecidedId)).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Yuki, decidedId, "ApproveWithConditions", conditions: "Monitor PSI weekly for the first month")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, decidedId, "Reject", reason: "Thin evidence for new customers")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, decidedId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.CloseItemAsync(decidedId)).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, undecidedId, "Abstain")).ExpectAsync(HttpStatusCode.OK);
        var grace = await _cab.ClientAsync(PortalClients.Grace);
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var openMinutes = await grace.GetAsync($"/api/v1/cab/meetings/{meeting}/minutes.md");
        var openPdf = await grace.GetAsync($"/api/v1/cab/meetings/{meeting}/minutes.pdf");
        var tooEarly = await _cab.CloseMeetingAsync(meeting);
        var nothingYet = await audit.EventsAfterAsync(mark);
        clock.SetUtcNow((await _cab.MeetingAsync(meeting)).GetProperty("meeting").GetProperty("startsAt").GetDateTimeOffset().AddMinutes(50));
        var byMember = await _cab.CloseMeetingAsync(meeting, CabDriver.Daniel);
        var closed = await (await _cab.CloseMeetingAsync(meeting)).ExpectAsync(HttpStatusCode.OK);
        var markdownResponse = await grace.GetAsync($"/api/v1/cab/meetings/{meeting}/minutes.md");
        var markdownBytes = await markdownResponse.Content.ReadAsByteArrayAsync();
        var pdfResponse = await grace.GetAsync($"/api/v1/cab/meetings/{meeting}/minutes.pdf");
        var pdfBytes = await pdfResponse.Content.ReadAsByteArrayAsync();
        var pdfAgain = await (await grace.GetAsync($"/api/v1/cab/meetings/{meeting}/minutes.pdf")).Content.ReadAsByteArrayAsync();
        var deferred = await _cab.ReviewAsync(undecidedId);
        var calendar = await _cab.Promotions.GetAsync($"/api/v1/cab/boards/{CabDriver.Board}/meetings");

        await openMinutes.ExpectProblemAsync(HttpStatusCode.Conflict);
        await openPdf.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("has not started yet", (await tooEarly.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Empty(nothingYet);
        await byMember.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Closed", closed.GetProperty("meeting").GetProperty("state").GetString());
        Assert.Equal([decidedId], closed.GetProperty("agenda").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        // Every vote here was cast before the meeting started: Daniel voted in advance, only the chair was present.
        Assert.Equal(["Yuki Tanaka"], closed.GetProperty("attendance").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(("ReadyForAgenda", JsonValueKind.Null), (deferred.GetProperty("state").GetString(), deferred.GetProperty("meeting").ValueKind));
        Assert.Contains(calendar.EnumerateArray(), m => m.GetProperty("id").GetGuid() == meeting && m.GetProperty("state").GetString() == "Closed");

        Assert.Equal(HttpStatusCode.OK, markdownResponse.StatusCode);
        Assert.Equal("text/markdown", markdownResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", markdownResponse.Content.Headers.ContentType?.CharSet);
        var sha = closed.GetProperty("minutesSha256").GetString();
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(markdownBytes)));
        var markdown = Encoding.UTF8.GetString(markdownBytes);
        Assert.Contains("- Present: Yuki Tanaka", markdown);
        Assert.Contains("- Voted in advance only: Daniel Okafor", markdown);
        Assert.Contains("- Absent: Marcus Chen", markdown);
        Assert.Contains($"{Escaped(decidedKey)} 1.0.0 — Approved with conditions", markdown);
        Assert.Contains($"{Escaped(undecidedKey)} 1.0.0 — Deferred: no decision at this meeting", markdown);
        Assert.Contains("| Yuki Tanaka | Approve with conditions | Monitor PSI weekly for the first month |", markdown);
        Assert.Contains("| Daniel Okafor | Approve |", markdown);
        Assert.Contains("- Recused: Marcus Chen (requested or owns the change)", markdown);
        Assert.Contains("1. Monitor PSI weekly for the first month (Yuki Tanaka)", markdown);

        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdfBytes, pdfAgain);
        using var pdf = PdfDocument.Open(pdfBytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[] { "Present: Yuki Tanaka", "Voted in advance only: Daniel Okafor", "Approve with conditions", "Monitor PSI weekly for the first month",
                     $"{decidedKey} 1.0.0 — Approved with conditions", "Deferred: no decision at this meeting", sha! })
        {
            Assert.Contains(expected, text);
        }
        var actions = await audit.ActionsAfterAsync(mark);
        Assert.Equal(["cab.agenda-item-deferred", "cab.meeting-closed"], actions);
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task TheChairSchedulesAndDefers_OthersAreRefused_AndTheCalendarListsUpcomingMeetingsFirst()
    {
        var (_, _, reviewId, meeting) = await _cab.MajorChangeOnAgendaAsync();
        var later = (await (await _cab.ScheduleAsync(_cab.Meeting(_cab.StartsAt.AddDays(7)))).ExpectAsync(HttpStatusCode.Created))
            .GetProperty("meeting").GetProperty("id").GetGuid();
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var byOwner = await _cab.ScheduleAsync(_cab.Meeting(), PortalClients.Olivia);
        var onOtherMeeting = await (await _cab.ClientAsync(CabDriver.Yuki)).DeleteAsync($"/api/v1/cab/meetings/{later}/agenda/{reviewId}");
        var deferByMember = await (await _cab.ClientAsync(CabDriver.Daniel)).DeleteAsync($"/api/v1/cab/meetings/{meeting}/agenda/{reviewId}");
        var agendaByMember = await _cab.AddToAgendaAsync(later, reviewId, email: CabDriver.Daniel);
        var alreadyOnAgenda = await _cab.AddToAgendaAsync(later, reviewId);
        var refusalsWrote = await audit.EventsAfterAsync(mark);
        var afterDefer = await (await (await _cab.ClientAsync(CabDriver.Yuki)).DeleteAsync($"/api/v1/cab/meetings/{meeting}/agenda/{reviewId}"))
            .ExpectAsync(HttpStatusCode.OK);
        var moved = await (await _cab.AddToAgendaAsync(later, reviewId)).ExpectAsync(HttpStatusCode.OK);
        var calendar = await _cab.Promotions.GetAsync($"/api/v1/cab/boards/{CabDriver.Board}/meetings");

        await byOwner.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await onOtherMeeting.ExpectProblemAsync(HttpStatusCode.NotFound);
        await deferByMember.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await agendaByMember.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await alreadyOnAgenda.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Empty(refusalsWrote);
        Assert.Empty(afterDefer.GetProperty("agenda").EnumerateArray());
        Assert.Contains(afterDefer.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetGuid() == reviewId);
        Assert.Equal(reviewId, Assert.Single(moved.GetProperty("agenda").EnumerateArray()).GetProperty("id").GetGuid());
        var upcoming = calendar.EnumerateArray().Where(m => m.GetProperty("state").GetString() == "Scheduled").Select(m => m.GetProperty("startsAt").GetDateTimeOffset()).ToList();
        Assert.Equal(upcoming.Order(), upcoming);
        Assert.Contains(calendar.EnumerateArray(), m => m.GetProperty("id").GetGuid() == later && m.GetProperty("items").GetInt32() == 1);
        Assert.Equal(["cab.agenda-item-deferred", "cab.agenda-item-added", "cab.recusal-recorded"], await audit.ActionsAfterAsync(mark));
    }

    [Theory]
    [InlineData("likelihood")]
    [InlineData("impact")]
    [InlineData("rollbackPlan")]
    public async Task AnAssessmentWithABadField_Is400NamingIt_AndChangesNothing(string field)
    {
        var key = await _cab.HighRiskModelReadyAsync();
        var reviewId = (await (await _cab.Promotions.RequestAsync(key, "1.0.0")).ExpectAsync(HttpStatusCode.Created)).GetProperty("cabReviewId").GetGuid();
        var assessment = CabDriver.Assessment();
        switch (field)
        {
            case "likelihood": assessment["likelihood"] = "Medium"; break;
            case "impact": assessment["impact"] = "3"; break;
            default: assessment.Remove("rollbackPlan"); break;
        }
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await _cab.AssessAsync(reviewId, assessment);

        await response.ExpectFieldErrorAsync(field);
        Assert.Empty(await audit.EventsAfterAsync(mark));
        Assert.Equal("AwaitingAssessment", (await _cab.ReviewAsync(reviewId)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task BadInput_IsRefusedNamingTheField_UnknownThingsAre404_AndNothingIsWritten()
    {
        var (_, _, reviewId, meeting) = await _cab.MajorChangeOnAgendaAsync();
        var yuki = await _cab.ClientAsync(CabDriver.Yuki);
        var noStart = _cab.Meeting();
        noStart.Remove("startsAt");
        var nowhere = _cab.Meeting();
        nowhere.Remove("location");
        nowhere.Remove("callLink");
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        await (await _cab.ScheduleAsync(noStart)).ExpectFieldErrorAsync("startsAt");
        await (await _cab.ScheduleAsync(_cab.Meeting(clock.GetUtcNow().AddHours(-1)))).ExpectFieldErrorAsync("startsAt");
        await (await _cab.ScheduleAsync(nowhere)).ExpectFieldErrorAsync("location");
        await (await (await _cab.ClientAsync(CabDriver.Yuki)).PostAsJsonAsync("/api/v1/cab/boards/no-such-board/meetings", _cab.Meeting()))
            .ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Maybe")).ExpectFieldErrorAsync("choice");
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "ApproveWithConditions")).ExpectFieldErrorAsync("conditions");
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Reject", reason: " ")).ExpectFieldErrorAsync("reason");
        await (await _cab.VoteAsync(PortalClients.Priya, reviewId, "Approve")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await yuki.PostAsJsonAsync($"/api/v1/cab/meetings/{meeting}/agenda", new JsonObject())).ExpectFieldErrorAsync("reviewId");
        await (await _cab.AddToAgendaAsync(meeting, Guid.NewGuid())).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _cab.VoteAsync(CabDriver.Daniel, Guid.NewGuid(), "Approve")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await yuki.GetAsync($"/api/v1/cab/reviews/{Guid.NewGuid()}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await yuki.GetAsync($"/api/v1/cab/meetings/{Guid.NewGuid()}/minutes.pdf")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await yuki.GetAsync("/api/v1/cab/reviews?board=no-such-board")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await yuki.PostAsync($"/api/v1/cab/reviews/{reviewId}/conditions/{Guid.NewGuid()}/confirm", null)).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty(await audit.EventsAfterAsync(mark));
        Assert.Empty(CabDriver.Voters(await _cab.ReviewAsync(reviewId)));
    }

    /// <summary>How the minutes write a model key: Markdown's own characters escaped.</summary>
    private static string Escaped(string key) => key.Replace("-", "\\-");
}
