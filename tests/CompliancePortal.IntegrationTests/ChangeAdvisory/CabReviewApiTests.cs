using System.Net;
using System.Text.Json;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

/// <summary>The board's decisions feeding the promotion's CAB gate, end to end over the API on the real database.</summary>
public abstract class CabReviewApiTests(PortalHost host, FakeTimeProvider clock)
{
    private readonly CabDriver _cab = new(host, clock);

    [Fact]
    public async Task MajorChange_OpensAReview_TheBoardApproves_AndTheComplianceOfficersSignItIntoProduction()
    {
        var key = await _cab.HighRiskModelReadyAsync();
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var request = await (await _cab.Promotions.RequestAsync(key, "1.0.0")).ExpectAsync(HttpStatusCode.Created);
        var requestId = request.GetProperty("id").GetGuid();
        var reviewId = request.GetProperty("cabReviewId").GetGuid();
        var readiness = await _cab.Promotions.GetAsync($"/api/v1/models/{key}/versions/1.0.0/readiness");
        var opened = await _cab.ReviewAsync(reviewId);
        var assessed = await (await _cab.AssessAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var meeting = await _cab.ScheduledMeetingAsync();
        var agenda = await (await _cab.AddToAgendaAsync(meeting, reviewId)).ExpectAsync(HttpStatusCode.OK);
        var (olivia, _) = await _cab.Promotions.PersonAsync(PortalClients.Olivia);
        var (notifications, _) = await _cab.Promotions.Notifications.ForAsync(olivia.PersonId!.Value);
        var beforeRecusedVote = await audit.LastSequenceAsync();
        var recused = await _cab.VoteAsync(PortalClients.Marcus, reviewId, "Approve");
        var afterRecusedVote = await audit.LastSequenceAsync();
        await (await _cab.VoteAsync(CabDriver.Yuki, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        var decided = await (await _cab.CloseItemAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var afterDecision = await _cab.PromotionRequestAsync(requestId);
        await _cab.Promotions.SignAsync(PortalClients.Priya, requestId);
        var signed = await _cab.Promotions.SignAsync(CabDriver.Daniel, requestId);

        Assert.False(CabDriver.CabGate(request.GetProperty("evidence")).GetProperty("passed").GetBoolean());
        Assert.False(CabDriver.CabGate(readiness.GetProperty("evidence")).GetProperty("passed").GetBoolean());
        Assert.Equal(("MajorChange", "AwaitingAssessment", CabDriver.Board),
            (opened.GetProperty("source").GetString(), opened.GetProperty("state").GetString(), opened.GetProperty("board").GetProperty("key").GetString()));
        Assert.Equal(requestId, opened.GetProperty("promotionRequestId").GetGuid());
        Assert.Equal(("ReadyForAgenda", "High"), (assessed.GetProperty("state").GetString(), assessed.GetProperty("riskScore").GetString()));
        Assert.Equal("OnAgenda", Assert.Single(agenda.GetProperty("agenda").EnumerateArray()).GetProperty("state").GetString());
        Assert.Contains(notifications, n => n.Text.Contains($"{key} 1.0.0 is on the agenda of Model Risk Change Advisory Board") && n.Link.EndsWith(reviewId.ToString()));
        Assert.Contains("recused", (await recused.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        Assert.Equal(beforeRecusedVote, afterRecusedVote);
        Assert.Equal(("Approved", "Approved"), (decided.GetProperty("outcome").GetString(), decided.GetProperty("gate").GetProperty("status").GetString()));
        Assert.Equal(["Daniel Okafor", "Yuki Tanaka"], CabDriver.Voters(decided));
        Assert.True(decided.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Marcus Chen").GetProperty("recused").GetBoolean());
        Assert.True(CabDriver.CabGate(afterDecision.GetProperty("currentEvidence")).GetProperty("passed").GetBoolean());
        Assert.True(signed.ReadyToPromote);
        Assert.Equal("1.0.0", (await (await _cab.Promotions.ProductionAsync(key)).ExpectAsync(HttpStatusCode.OK)).GetProperty("version").GetString());
        var actions = await CabDriver.ModelActionsAfterAsync(audit, mark, key);
        Assert.Equal(["promotion.requested", "cab.review-opened", "cab.risk-assessed", "cab.agenda-item-added", "cab.recusal-recorded",
            "cab.vote-cast", "cab.vote-cast", "cab.decided"], actions.TakeWhile(a => a != "promotion.signed"));
    }

    [Fact]
    public async Task ApprovalWithConditions_BlocksTheGate_UntilTheOwnerMarksThemDone_AndTheChairConfirms()
    {
        var (key, requestId, reviewId, _) = await _cab.MajorChangeOnAgendaAsync();
        await (await _cab.VoteAsync(CabDriver.Yuki, reviewId, "ApproveWithConditions", conditions: "Monitor PSI weekly for the first month")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var decided = await (await _cab.CloseItemAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var condition = Assert.Single(decided.GetProperty("conditions").EnumerateArray()).GetProperty("id").GetGuid();
        var whileOpen = await _cab.PromotionRequestAsync(requestId);
        var refusedSignature = await Assert.ThrowsAnyAsync<DomainRuleException>(() => _cab.Promotions.SignAsync(PortalClients.Priya, requestId));
        var confirmedTooEarly = await (await _cab.ClientAsync(CabDriver.Yuki)).PostAsync($"/api/v1/cab/reviews/{reviewId}/conditions/{condition}/confirm", null);
        var doneByChair = await (await _cab.ClientAsync(CabDriver.Yuki)).PostAsync($"/api/v1/cab/reviews/{reviewId}/conditions/{condition}/done", null);
        var done = await (await (await _cab.ClientAsync(PortalClients.Olivia)).PostAsync($"/api/v1/cab/reviews/{reviewId}/conditions/{condition}/done",
            JsonContent(new { note = "PSI dashboard live; weekly review booked." }))).ExpectAsync(HttpStatusCode.OK);
        var confirmedByOwner = await (await _cab.ClientAsync(PortalClients.Olivia)).PostAsync($"/api/v1/cab/reviews/{reviewId}/conditions/{condition}/confirm", null);
        var confirmed = await (await (await _cab.ClientAsync(CabDriver.Yuki)).PostAsync($"/api/v1/cab/reviews/{reviewId}/conditions/{condition}/confirm", null))
            .ExpectAsync(HttpStatusCode.OK);
        var afterConfirmation = await _cab.PromotionRequestAsync(requestId);
        await _cab.Promotions.SignAsync(PortalClients.Priya, requestId);
        var signed = await _cab.Promotions.SignAsync(CabDriver.Daniel, requestId);

        Assert.Equal(("ApprovedWithConditions", "ConditionsOpen"), (decided.GetProperty("outcome").GetString(), decided.GetProperty("gate").GetProperty("status").GetString()));
        Assert.Equal("Monitor PSI weekly for the first month", decided.GetProperty("conditions")[0].GetProperty("text").GetString());
        var gateWhileOpen = CabDriver.CabGate(whileOpen.GetProperty("currentEvidence"));
        Assert.False(gateWhileOpen.GetProperty("passed").GetBoolean());
        Assert.Contains("not yet confirmed", gateWhileOpen.GetProperty("detail").GetString());
        Assert.Contains("GatesPass", refusedSignature.Message);
        await confirmedTooEarly.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        await doneByChair.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("PSI dashboard live; weekly review booked.", done.GetProperty("conditions")[0].GetProperty("doneNote").GetString());
        await confirmedByOwner.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(("Approved", "Yuki Tanaka"),
            (confirmed.GetProperty("gate").GetProperty("status").GetString(), confirmed.GetProperty("conditions")[0].GetProperty("confirmedBy").GetString()));
        Assert.True(CabDriver.CabGate(afterConfirmation.GetProperty("currentEvidence")).GetProperty("passed").GetBoolean());
        Assert.True(signed.ReadyToPromote);
        Assert.Equal(["cab.decided", "cab.condition-done", "cab.condition-confirmed"],
            (await CabDriver.ModelActionsAfterAsync(audit, mark, key)).TakeWhile(a => a != "promotion.signed"));
    }

    [Fact]
    public async Task ARequestMadeAfterAnOfficerRejectedTheFirst_WaitsOnTheSameOpenReview_AndTheBoardsDecisionReachesIt()
    {
        var key = await _cab.HighRiskModelReadyAsync();
        var first = await (await _cab.Promotions.RequestAsync(key, "1.0.0")).ExpectAsync(HttpStatusCode.Created);
        var reviewId = first.GetProperty("cabReviewId").GetGuid();
        await _cab.Promotions.SignAsync(PortalClients.Priya, first.GetProperty("id").GetGuid(), SignatureDecision.Reject, "Card needs a fairness section first.");

        var second = await (await _cab.Promotions.RequestAsync(key, "1.0.0")).ExpectAsync(HttpStatusCode.Created);
        var secondId = second.GetProperty("id").GetGuid();
        await (await _cab.AssessAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var meeting = await _cab.ScheduledMeetingAsync();
        await (await _cab.AddToAgendaAsync(meeting, reviewId)).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Yuki, reviewId, "Reject", reason: "Back-test too short")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Reject", reason: "No shadow run")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.CloseItemAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var review = await _cab.ReviewAsync(reviewId);
        var ended = await _cab.PromotionRequestAsync(secondId);

        Assert.Equal(reviewId, second.GetProperty("cabReviewId").GetGuid());
        Assert.Equal(secondId, review.GetProperty("promotionRequestId").GetGuid());
        Assert.Equal("Rejected", ended.GetProperty("state").GetString());
        Assert.Contains("Back-test too short", ended.GetProperty("endedBecause").GetString());
    }

    [Fact]
    public async Task AReviewRead_SaysWhatTheCallerMayDo_ByTheSameRulesTheActionsEnforce()
    {
        var (_, _, reviewId, _) = await _cab.MajorChangeOnAgendaAsync();

        async Task<JsonElement> ViewerAsync(string email)
        {
            var client = await _cab.ClientAsync(email);
            return (await (await client.GetAsync($"/api/v1/cab/reviews/{reviewId}")).ExpectAsync(HttpStatusCode.OK)).GetProperty("viewer");
        }
        var daniel = await ViewerAsync(CabDriver.Daniel);
        var marcus = await ViewerAsync(PortalClients.Marcus);
        var yuki = await ViewerAsync(CabDriver.Yuki);
        var olivia = await ViewerAsync(PortalClients.Olivia);

        Assert.True(daniel.GetProperty("mayVote").GetBoolean());
        Assert.False(marcus.GetProperty("mayVote").GetBoolean());
        Assert.Equal((true, true), (yuki.GetProperty("mayVote").GetBoolean(), yuki.GetProperty("isChair").GetBoolean()));
        Assert.Equal((false, false), (olivia.GetProperty("mayVote").GetBoolean(), olivia.GetProperty("mayAssess").GetBoolean()));
    }

    [Fact]
    public async Task Rejection_EndsThePromotionRequest_WithTheBoardsReasons()
    {
        var (key, requestId, reviewId, _) = await _cab.MajorChangeOnAgendaAsync();
        await (await _cab.VoteAsync(CabDriver.Yuki, reviewId, "Reject", reason: "No back-test on the new data source")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Abstain")).ExpectAsync(HttpStatusCode.OK);
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var decided = await (await _cab.CloseItemAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var request = await _cab.PromotionRequestAsync(requestId);
        var again = await _cab.CloseItemAsync(reviewId);

        Assert.Equal(("Rejected", "Rejected"), (decided.GetProperty("outcome").GetString(), decided.GetProperty("requestState").GetString()));
        Assert.Equal(["No back-test on the new data source"], decided.GetProperty("rejectionReasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Rejected", request.GetProperty("state").GetString());
        Assert.Contains("\"No back-test on the new data source\"", request.GetProperty("endedBecause").GetString());
        await again.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["cab.decided", "promotion.ended-by-cab"], await CabDriver.ModelActionsAfterAsync(audit, mark, key));
        Assert.DoesNotContain((await _cab.Promotions.GetAsync("/api/v1/promotion-requests")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == requestId);
    }

    [Fact]
    public async Task RollbackFollowUp_OpensAReview_AndTheBoardsDecisionClosesTheFollowUp()
    {
        var key = await _cab.Promotions.NewModelAsync("High", backupOwner: PortalClients.Marcus);
        foreach (var label in new[] { "1.1.0", "1.2.0" })
        {
            await _cab.Promotions.RegisterAsync(key, label);
            await _cab.Promotions.MakeReadyAsync(key, label);
            var request = await _cab.Promotions.RequestedAsync(key, label);
            await _cab.Promotions.SignAsync(PortalClients.Priya, request);
            Assert.True((await _cab.Promotions.SignAsync(CabDriver.Daniel, request)).ReadyToPromote);
        }
        var rollback = (await (await _cab.Promotions.RollbackAsync(key, "1.1.0")).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.True((await _cab.Promotions.SignAsync(PortalClients.Priya, rollback)).ReadyToPromote);
        var reviewId = (await _cab.PromotionRequestAsync(rollback)).GetProperty("cabReviewId").GetGuid();
        var queue = await _cab.Promotions.GetAsync($"/api/v1/cab/reviews?board={CabDriver.Board}");
        await (await _cab.AssessAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var meeting = await _cab.ScheduledMeetingAsync();
        await (await _cab.AddToAgendaAsync(meeting, reviewId)).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Yuki, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var decided = await (await _cab.CloseItemAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);

        Assert.Contains(queue.EnumerateArray(), r => r.GetProperty("id").GetGuid() == reviewId && r.GetProperty("source").GetString() == "RollbackFollowUp");
        Assert.Equal(("RollbackFollowUp", "Approved"), (decided.GetProperty("source").GetString(), decided.GetProperty("outcome").GetString()));
        Assert.Equal(["cab.decided", "cab.follow-up-closed"], await CabDriver.ModelActionsAfterAsync(audit, mark, key));
        Assert.DoesNotContain((await _cab.Promotions.GetAsync($"/api/v1/cab/reviews?board={CabDriver.Board}")).EnumerateArray(),
            r => r.GetProperty("id").GetGuid() == reviewId);
    }

    [Fact]
    public async Task OwnerRequestedReview_OfAMinorChange_BlocksItsGate_UntilTheBoardDecides()
    {
        var key = await _cab.Promotions.NewModelAsync("High", backupOwner: PortalClients.Marcus);
        await _cab.Promotions.RegisterAsync(key, "1.1.0", "Minor");
        await _cab.Promotions.MakeReadyAsync(key, "1.1.0");
        var url = $"/api/v1/models/{key}/versions/1.1.0/cab-review";
        var audit = await _cab.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var bySofia = await (await _cab.ClientAsync(PortalClients.Sofia)).PostAsync(url, JsonContent(new { reason = "Not mine to ask." }));
        var blank = await (await _cab.ClientAsync(PortalClients.Olivia)).PostAsync(url, JsonContent(new { reason = " " }));
        var unknown = await (await _cab.ClientAsync(PortalClients.Olivia)).PostAsync($"/api/v1/models/{key}/versions/9.9.9/cab-review", JsonContent(new { reason = "Why not." }));
        var refusalsWrote = await audit.EventsAfterAsync(mark);
        var before = await _cab.Promotions.GetAsync($"/api/v1/models/{key}/versions/1.1.0/readiness");
        var created = await (await (await _cab.ClientAsync(PortalClients.Olivia)).PostAsync(url,
            JsonContent(new { reason = "New feature pipeline; the board should see it." }))).ExpectAsync(HttpStatusCode.Created);
        var reviewId = created.GetProperty("id").GetGuid();
        var twice = await (await _cab.ClientAsync(PortalClients.Olivia)).PostAsync(url, JsonContent(new { reason = "Again." }));
        var requestId = await _cab.Promotions.RequestedAsync(key, "1.1.0");
        var waiting = await _cab.PromotionRequestAsync(requestId);
        await (await _cab.AssessAsync(reviewId, CabDriver.Assessment("Low", "Moderate"))).ExpectAsync(HttpStatusCode.OK);
        var meeting = await _cab.ScheduledMeetingAsync();
        await (await _cab.AddToAgendaAsync(meeting, reviewId)).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Yuki, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.VoteAsync(CabDriver.Daniel, reviewId, "Approve")).ExpectAsync(HttpStatusCode.OK);
        await (await _cab.CloseItemAsync(reviewId)).ExpectAsync(HttpStatusCode.OK);
        var decided = await _cab.PromotionRequestAsync(requestId);

        await bySofia.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await blank.ExpectFieldErrorAsync("reason");
        await unknown.ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(refusalsWrote);
        Assert.True(CabDriver.CabGate(before.GetProperty("evidence")).GetProperty("passed").GetBoolean());
        Assert.Equal(("OwnerRequested", "Minor", "Olivia Owens"), (created.GetProperty("source").GetString(), created.GetProperty("changeClass").GetString(),
            created.GetProperty("requestedBy").GetString()));
        await twice.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(reviewId, waiting.GetProperty("cabReviewId").GetGuid());
        Assert.False(CabDriver.CabGate(waiting.GetProperty("currentEvidence")).GetProperty("passed").GetBoolean());
        Assert.True(CabDriver.CabGate(decided.GetProperty("currentEvidence")).GetProperty("passed").GetBoolean());
        Assert.Equal(["cab.review-opened", "promotion.requested", "cab.review-linked"], (await CabDriver.ModelActionsAfterAsync(audit, mark, key)).Take(3));
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
