using System.Net;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Approvals;

/// <summary>Every refusal at signing, through the service the signature dialog calls, on the real database: each names its rule and writes nothing.</summary>
public abstract class PromotionSigningTests(PortalHost host)
{
    private const string Daniel = "daniel.okafor@contoso.example";

    private readonly PromotionDriver _driver = new(host);

    private async Task<(string Key, Guid Request)> ReadyRequestAsync(string riskTier = "Low", string? backupOwner = null)
    {
        var key = await _driver.NewModelAsync(riskTier, backupOwner);
        await _driver.RegisterAsync(key, "1.1.0");
        await _driver.MakeReadyAsync(key, "1.1.0");
        return (key, await _driver.RequestedAsync(key, "1.1.0"));
    }

    private async Task<PromotionRule> RefusedAsync(Func<Task> sign, HttpStatusCode expected)
    {
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var refused = await Assert.ThrowsAnyAsync<Exception>(sign);

        Assert.Equal(expected, refused is AccessDeniedException ? HttpStatusCode.Forbidden : refused is DomainRuleException ? HttpStatusCode.UnprocessableEntity
            : HttpStatusCode.InternalServerError);
        Assert.Empty(await audit.EventsAfterAsync(mark));
        return Enum.Parse<PromotionRule>(refused.Message["Refused by rule ".Length..refused.Message.IndexOf(':')]);
    }

    [Fact]
    public async Task AdministratorAlone_IsRefused()
    {
        var (_, request) = await ReadyRequestAsync();

        Assert.Equal(PromotionRule.ComplianceOfficerSigns,
            await RefusedAsync(() => _driver.SignAsync(PortalClients.Alex, request), HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Auditor_And_ModelOwner_AreRefused()
    {
        var (_, request) = await ReadyRequestAsync();

        Assert.Equal(PromotionRule.ComplianceOfficerSigns, await RefusedAsync(() => _driver.SignAsync(PortalClients.Henrik, request), HttpStatusCode.Forbidden));
        Assert.Equal(PromotionRule.ComplianceOfficerSigns, await RefusedAsync(() => _driver.SignAsync(PortalClients.Olivia, request), HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task RequesterWhoIsAlsoAComplianceOfficer_IsRefused()
    {
        var key = await _driver.NewModelAsync(backupOwner: PortalClients.Priya);
        await _driver.RegisterAsync(key, "1.1.0");
        await _driver.MakeReadyAsync(key, "1.1.0");
        var (priya, _) = await _driver.PersonAsync(PortalClients.Priya, PortalRoles.ModelOwner, PortalRoles.ComplianceOfficer);
        var request = await _driver.Promotions.RequestAsync(priya, key, "1.1.0",
            new PromotionSubmission(Core.Models.ModelStage.Production, "I own it and sign it.", Core.Models.ModelStage.Staging));

        Assert.Equal(PromotionRule.RequesterCannotSign, await RefusedAsync(() => _driver.SignAsync(PortalClients.Priya, request.Id,
            roles: [PortalRoles.ModelOwner, PortalRoles.ComplianceOfficer]), HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task BackupOwnerWhoIsAComplianceOfficer_IsRefused()
    {
        var (_, request) = await ReadyRequestAsync(backupOwner: PortalClients.Priya);

        Assert.Equal(PromotionRule.OwnerCannotSign, await RefusedAsync(() => _driver.SignAsync(PortalClients.Priya, request), HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task SomeoneElsesIdentity_FailsTheFreshAuthentication()
    {
        var (_, request) = await ReadyRequestAsync();

        Assert.Equal(PromotionRule.FreshAuthentication,
            await RefusedAsync(() => _driver.SignAsync(PortalClients.Priya, request, confirmedEmail: Daniel), HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task MajorChange_CannotBeApproved_WithoutACabDecision()
    {
        var key = await _driver.NewModelAsync();
        await _driver.MakeReadyAsync(key, "1.0.0");
        var request = await _driver.RequestedAsync(key, "1.0.0");

        Assert.Equal(PromotionRule.GatesPass, await RefusedAsync(() => _driver.SignAsync(PortalClients.Priya, request), HttpStatusCode.UnprocessableEntity));
        await (await _driver.ProductionAsync(key)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HighRisk_NeedsTwoDistinctApprovers()
    {
        var (key, request) = await ReadyRequestAsync("High");

        var first = await _driver.SignAsync(PortalClients.Priya, request);
        var again = await RefusedAsync(() => _driver.SignAsync(PortalClients.Priya, request), HttpStatusCode.UnprocessableEntity);
        await (await _driver.ProductionAsync(key)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var second = await _driver.SignAsync(Daniel, request);

        Assert.False(first.ReadyToPromote);
        Assert.Equal(PromotionRule.DistinctApprovers, again);
        Assert.True(second.ReadyToPromote);
        var production = await (await _driver.ProductionAsync(key)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["Priya Raman", "Daniel Okafor"], production.GetProperty("approvedBy").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ApprovalAfterEvidenceChanged_IsInvalidated_AndMustBeSignedAgain()
    {
        var (key, request) = await ReadyRequestAsync("Critical");
        await _driver.SignAsync(PortalClients.Priya, request);
        await _driver.PostEvaluationAsync(key, "1.1.0", accuracy: 0.95);
        var shownBefore = await _driver.GetAsync($"/api/v1/promotion-requests/{request}");
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var second = await _driver.SignAsync(Daniel, request);
        var third = await _driver.SignAsync(PortalClients.Priya, request);

        Assert.False(shownBefore.GetProperty("signatures")[0].GetProperty("counts").GetBoolean());
        Assert.Contains("new evaluation", shownBefore.GetProperty("signatures")[0].GetProperty("invalidationReason").GetString());
        Assert.False(second.ReadyToPromote);
        Assert.Single(second.Invalidated);
        Assert.True(third.ReadyToPromote);
        Assert.Contains("promotion.approval-invalidated", await audit.ActionsAfterAsync(mark));
        var shown = await _driver.GetAsync($"/api/v1/promotion-requests/{request}");
        Assert.Equal([false, true, true], shown.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("counts").GetBoolean()));
    }

    [Fact]
    public async Task Rejection_EndsTheRequest_AndTellsTheRequester()
    {
        var (key, request) = await ReadyRequestAsync();

        await _driver.SignAsync(PortalClients.Priya, request, SignatureDecision.Reject, "The fairness analysis is too thin.");
        var late = await RefusedAsync(() => _driver.SignAsync(Daniel, request), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(PromotionRule.RequestIsPending, late);
        Assert.Equal("Rejected", (await _driver.GetAsync($"/api/v1/promotion-requests/{request}")).GetProperty("state").GetString());
        var olivia = await _driver.PersonAsync(PortalClients.Olivia);
        var (recent, _) = await _driver.Notifications.ForAsync(olivia.Actor.PersonId!.Value);
        Assert.Contains(recent, n => n.Text.Contains(key) && n.Text.Contains("rejected"));
    }

    [Fact]
    public async Task NewRequest_NotifiesComplianceOfficers_WhoDoNotOwnTheModel()
    {
        var (key, _) = await ReadyRequestAsync();

        var (priya, _) = await _driver.PersonAsync(PortalClients.Priya);
        var (olivia, _) = await _driver.PersonAsync(PortalClients.Olivia);

        Assert.Contains((await _driver.Notifications.ForAsync(priya.PersonId!.Value)).Recent, n => n.Text.Contains(key));
        Assert.DoesNotContain((await _driver.Notifications.ForAsync(olivia.PersonId!.Value)).Recent, n => n.Text.Contains(key));
    }
}
