using System.Net;
using System.Text.Json;
using CompliancePortal.Core.Approvals;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Approvals;

/// <summary>The whole promotion path over the real app: request, signature, alias, history, rollback.</summary>
public abstract class PromotionApiTests(PortalHost host)
{
    private readonly PromotionDriver _driver = new(host);

    [Fact]
    public async Task Promotion_RequestedByOwner_SignedByOfficer_MovesTheProductionAlias_Atomically_AndAudited()
    {
        var key = await _driver.NewModelAsync();
        await _driver.RegisterAsync(key, "1.1.0");
        await _driver.MakeReadyAsync(key, "1.1.0");
        var before = await _driver.ProductionAsync(key);
        var audit = await host.AuditTrailAsync();
        await _driver.ClientAsync(PortalClients.Grace);
        var mark = await audit.LastSequenceAsync();

        var requested = await (await _driver.RequestAsync(key, "1.1.0")).ExpectAsync(HttpStatusCode.Created);
        var id = requested.GetProperty("id").GetGuid();
        var outcome = await _driver.SignAsync(PortalClients.Priya, id, comment: "Evidence reviewed.");

        await before.ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Pending", requested.GetProperty("state").GetString());
        Assert.True(requested.GetProperty("evidence").GetProperty("allGatesPass").GetBoolean());
        Assert.True(outcome.ReadyToPromote);
        var production = await (await _driver.ProductionAsync(key)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("1.1.0", production.GetProperty("version").GetString());
        Assert.Equal(["Priya Raman"], production.GetProperty("approvedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("s3://models/integration/1.1.0/model.onnx", production.GetProperty("artifactUri").GetString());
        var version = await _driver.GetAsync($"/api/v1/models/{key}/versions/1.1.0");
        Assert.Equal("Production", version.GetProperty("stage").GetString());
        var request = await _driver.GetAsync($"/api/v1/promotion-requests/{id}");
        Assert.Equal("Promoted", request.GetProperty("state").GetString());
        var signature = Assert.Single(request.GetProperty("signatures").EnumerateArray());
        Assert.Equal("Approved for production", signature.GetProperty("meaning").GetString());
        Assert.Equal("Evidence reviewed.", signature.GetProperty("comment").GetString());
        Assert.Equal(["promotion.requested", "promotion.signed", "model-version.stage-changed", "production-alias.moved", "promotion.promoted"],
            (await audit.EventsAfterAsync(mark)).Where(e => e.GetProperty("modelKey").GetString() == key).Select(e => e.GetProperty("action").GetString()));
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task SecondPromotion_SendsThePreviousVersionWhereChosen_AndTheHistoryShowsBothPeriods()
    {
        var key = await _driver.ModelInProductionAsync("1.1.0");
        await _driver.RegisterAsync(key, "1.2.0");
        await _driver.MakeReadyAsync(key, "1.2.0");

        await _driver.SignAsync(PortalClients.Priya, await _driver.RequestedAsync(key, "1.2.0"));

        Assert.Equal("Staging", (await _driver.GetAsync($"/api/v1/models/{key}/versions/1.1.0")).GetProperty("stage").GetString());
        var history = (await _driver.GetAsync($"/api/v1/models/{key}/production/history")).EnumerateArray().ToList();
        Assert.Equal(["1.2.0", "1.1.0"], history.Select(p => p.GetProperty("version").GetString()));
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("endedAt").ValueKind);
        Assert.Equal(history[0].GetProperty("startedAt").GetDateTimeOffset(), history[1].GetProperty("endedAt").GetDateTimeOffset());
        Assert.Equal("Priya Raman", history[1].GetProperty("approvals")[0].GetProperty("printedName").GetString());
    }

    [Fact]
    public async Task Rollback_ReturnsTheOldVersion_WithOneApproval_RecordsTheElapsedTime_AndRaisesACabFollowUp()
    {
        var key = await _driver.ModelInProductionAsync("1.1.0");
        await _driver.RegisterAsync(key, "1.2.0");
        await _driver.MakeReadyAsync(key, "1.2.0");
        await _driver.SignAsync(PortalClients.Priya, await _driver.RequestedAsync(key, "1.2.0"));
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var rollback = await (await _driver.RollbackAsync(key, "1.1.0")).ExpectAsync(HttpStatusCode.Created);
        var outcome = await _driver.SignAsync(PortalClients.Priya, rollback.GetProperty("id").GetGuid());

        Assert.Equal("Rollback", rollback.GetProperty("kind").GetString());
        Assert.Equal(1, rollback.GetProperty("requiredApprovals").GetInt32());
        Assert.True(outcome.ReadyToPromote);
        Assert.Equal("1.1.0", (await (await _driver.ProductionAsync(key)).ExpectAsync(HttpStatusCode.OK)).GetProperty("version").GetString());
        Assert.Equal("Retired", (await _driver.GetAsync($"/api/v1/models/{key}/versions/1.2.0")).GetProperty("stage").GetString());
        var done = await _driver.GetAsync($"/api/v1/promotion-requests/{rollback.GetProperty("id").GetGuid()}");
        Assert.True(done.GetProperty("elapsedSeconds").GetDouble() > 0);
        Assert.Contains("from 1.2.0 to 1.1.0", done.GetProperty("cabFollowUp").GetString());
        Assert.Equal(["promotion.rollback-requested", "promotion.signed", "model-version.stage-changed", "model-version.stage-changed",
            "production-alias.moved", "promotion.rolled-back", "cab.follow-up-raised", "cab.review-opened"],
            (await audit.EventsAfterAsync(mark)).Where(e => e.GetProperty("modelKey").GetString() == key).Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Rollback_ToAVersionNeverInProduction_Is422NamingTheRule_AndWritesNothing()
    {
        var key = await _driver.ModelInProductionAsync("1.1.0");
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var problem = await (await _driver.RollbackAsync(key, "1.0.0")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(nameof(PromotionRule.RollbackTargetWasInProduction), problem.GetProperty("detail").GetString());
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task Request_ByNonOwner_Is403NamingTheRule_AndWritesNothing()
    {
        var key = await _driver.NewModelAsync();
        await _driver.ClientAsync(PortalClients.Sofia);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var sofia = await _driver.RequestAsync(key, "1.0.0", PortalClients.Sofia);
        var priya = await _driver.RequestAsync(key, "1.0.0", PortalClients.Priya);

        Assert.Contains(nameof(PromotionRule.ActingOwnerRequests), (await sofia.ExpectProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        await priya.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task Request_WithBadInput_Is400NamingTheFields()
    {
        var key = await _driver.NewModelAsync();

        await (await _driver.RequestAsync(key, "1.0.0", rationale: " ")).ExpectFieldErrorAsync("rationale");
        await (await _driver.RequestAsync(key, "1.0.0", targetStage: "Staging")).ExpectFieldErrorAsync("targetStage");
        await (await _driver.RequestAsync(key, "9.9.9")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Request_WithFailingGates_IsAccepted_ShowingTheGaps_ButASecondOpenRequestIsRefused()
    {
        var key = await _driver.NewModelAsync();

        var first = await (await _driver.RequestAsync(key, "1.0.0")).ExpectAsync(HttpStatusCode.Created);
        var second = await _driver.RequestAsync(key, "1.0.0");

        var gates = first.GetProperty("evidence").GetProperty("gates").EnumerateArray().ToDictionary(g => g.GetProperty("gate").GetString()!, g => g.GetProperty("passed").GetBoolean());
        Assert.True(gates["NamedOwner"]);
        Assert.False(gates["CompleteModelCard"]);
        Assert.False(gates["PassingEvaluation"]);
        Assert.False(gates["DriftThresholds"]);
        Assert.False(gates["Reproducibility"]);
        Assert.False(gates["CabDecision"]);
        Assert.Contains(nameof(PromotionRule.OneOpenRequest), (await second.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Request_ForTheVersionAlreadyInProduction_Is422()
    {
        var key = await _driver.ModelInProductionAsync("1.1.0");

        var problem = await (await _driver.RequestAsync(key, "1.1.0")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(nameof(PromotionRule.NotAlreadyInProduction), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Readiness_ListsEveryGate_AndTheRequestFreezesTheEvidence()
    {
        var key = await _driver.NewModelAsync();
        await _driver.RegisterAsync(key, "1.1.0");
        await _driver.MakeReadyAsync(key, "1.1.0");

        var readiness = await _driver.GetAsync($"/api/v1/models/{key}/versions/1.1.0/readiness");
        var request = await (await _driver.RequestAsync(key, "1.1.0")).ExpectAsync(HttpStatusCode.Created);
        await _driver.SaveCardAsync(key, "1.1.0", PromotionDriver.CompleteCard + "\n## Caveats\n\nAdded after the request was made, so the evidence changed.\n");
        var later = await _driver.GetAsync($"/api/v1/promotion-requests/{request.GetProperty("id").GetGuid()}");

        Assert.Equal(6, readiness.GetProperty("evidence").GetProperty("gates").GetArrayLength());
        Assert.True(readiness.GetProperty("evidence").GetProperty("allGatesPass").GetBoolean());
        Assert.Equal(1, later.GetProperty("evidence").GetProperty("facts").GetProperty("cardRevision").GetInt32());
        Assert.Equal(2, later.GetProperty("currentEvidence").GetProperty("facts").GetProperty("cardRevision").GetInt32());
        Assert.True(later.GetProperty("evidenceChangedSinceRequest").GetBoolean());
    }

    [Fact]
    public async Task Production_OfAnUnknownModel_Is404()
    {
        var response = await _driver.ProductionAsync("no-such-model");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LineageAsOf_ShowsWhichVersionWasInProductionAtThatMoment()
    {
        var key = await _driver.ModelInProductionAsync("1.1.0");
        var version = await _driver.GetAsync($"/api/v1/models/{key}/versions/1.1.0");
        var node = $"modelversion:{version.GetProperty("id").GetGuid()}";
        var beforePromotion = Uri.EscapeDataString(version.GetProperty("registeredAt").GetDateTimeOffset().ToString("O"));

        var then = await _driver.GetAsync($"/api/v1/lineage?nodeId={node}&depth=1&asOf={beforePromotion}");
        var now = await _driver.GetAsync($"/api/v1/lineage?nodeId={node}&depth=1");

        Assert.False(InProduction(then, node));
        Assert.True(InProduction(now, node));
        Assert.Equal(JsonValueKind.Null, then.GetProperty("productionNote").ValueKind);
    }

    private static bool? InProduction(JsonElement graph, string node) =>
        graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == node).GetProperty("inProduction") is
            { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;
}
