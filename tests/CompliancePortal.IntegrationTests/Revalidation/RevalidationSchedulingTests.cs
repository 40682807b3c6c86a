using System.Data.Common;
using System.Net;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Revalidation;

/// <summary>The recurring job against a clock the test moves: due models get one review each, however often it runs.</summary>
public abstract class RevalidationSchedulingTests(PortalHost host, FakeTimeProvider clock)
{
    private readonly RevalidationDriver _driver = new(host, clock);

    [Fact]
    public async Task Job_RunTwiceAfterTheClockPassesADueDate_OpensExactlyOneReviewPerDueModel()
    {
        var key = await _driver.NewModelAsync();
        var before = await _driver.ScheduleAsync(key);
        var dueAt = await _driver.PassDueDateAsync(key);

        var first = await _driver.RunJobAsync();
        var second = await _driver.RunJobAsync();
        using var alex = await _driver.ClientAsync(PortalClients.Alex);
        var third = await (await alex.PostAsync("/api/v1/revalidation/run", null)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Upcoming", before.GetProperty("status").GetString());
        Assert.Contains(first.Opened, r => r.ModelKey == key);
        Assert.Empty(second.Opened);
        Assert.Equal(0, third.GetProperty("opened").GetArrayLength());
        var review = Assert.Single(await _driver.ReviewsAsync(key));
        Assert.Equal("Open", review.GetProperty("state").GetString());
        Assert.Equal(dueAt, review.GetProperty("dueAt").GetDateTimeOffset());
        var overdue = (await _driver.SchedulesAsync()).Where(s => s.GetProperty("status").GetString() == "Overdue").ToList();
        Assert.Contains(overdue, s => s.GetProperty("modelKey").GetString() == key);
        foreach (var schedule in overdue)
        {
            var reviews = await _driver.ReviewsAsync(schedule.GetProperty("modelKey").GetString()!);
            var open = Assert.Single(reviews, r => r.GetProperty("state").GetString() == "Open");
            Assert.Equal(open.GetProperty("id").GetString(), schedule.GetProperty("openReviewId").GetString());
        }
        var audit = await _driver.AuditTrailAsync();
        await audit.SequenceOfAsync("revalidation.review-opened", key);
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Database_RefusesASecondReviewForTheSameModelAndDueDate()
    {
        var (key, _) = await _driver.DueModelWithReviewAsync();
        var duplicate = $"""
            INSERT INTO "RevalidationReviews" ("Id", "ModelId", "ModelKey", "DueAt", "OpenedAt", "State")
            SELECT '{Guid.NewGuid()}', "ModelId", "ModelKey", "DueAt", "OpenedAt", "State" FROM "RevalidationReviews" WHERE "ModelKey" = '{key}'
            """;

        await Assert.ThrowsAnyAsync<DbException>(() => host.ExecuteSqlAsync(duplicate));

        Assert.Single(await _driver.ReviewsAsync(key));
    }

    [Fact]
    public async Task Job_BeforeTheDueDate_OpensNothing()
    {
        var key = await _driver.NewModelAsync(riskTier: "Low");

        await _driver.RunJobAsync();

        Assert.Empty(await _driver.ReviewsAsync(key));
        Assert.NotEqual("Overdue", (await _driver.ScheduleAsync(key)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Run_ByAnyoneButAnAdministrator_Is403()
    {
        using var olivia = await _driver.ClientAsync(PortalClients.Olivia);
        using var priya = await _driver.ClientAsync(PortalClients.Priya);

        var byOwner = await olivia.PostAsync("/api/v1/revalidation/run", null);
        var byComplianceOfficer = await priya.PostAsync("/api/v1/revalidation/run", null);

        await byOwner.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await byComplianceOfficer.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Schedules_FilterByRiskTierAndOwner()
    {
        var key = await _driver.NewModelAsync(riskTier: "Low");

        var lowOwnedByOlivia = await _driver.SchedulesAsync($"?riskTier=Low&owner={PortalClients.Olivia}");
        var high = await _driver.SchedulesAsync("?riskTier=High&riskTier=Critical");
        var marcus = await _driver.SchedulesAsync($"?owner={PortalClients.Marcus}");

        Assert.Contains(lowOwnedByOlivia, s => s.GetProperty("modelKey").GetString() == key);
        Assert.All(lowOwnedByOlivia, s => Assert.Equal("Low", s.GetProperty("riskTier").GetString()));
        Assert.DoesNotContain(high, s => s.GetProperty("modelKey").GetString() == key);
        Assert.All(high, s => Assert.Contains(s.GetProperty("riskTier").GetString(), new[] { "High", "Critical" }));
        Assert.DoesNotContain(marcus, s => s.GetProperty("modelKey").GetString() == key);
        Assert.Equal(12, (await _driver.ScheduleAsync(key)).GetProperty("cadence").GetProperty("months").GetInt32());
    }

    [Fact]
    public async Task Schedules_ForAnUnknownOwner_Is400NamingTheField()
    {
        using var grace = await _driver.ClientAsync(PortalClients.Grace);

        var response = await grace.GetAsync("/api/v1/revalidation/schedules?owner=nobody@contoso.example");

        await response.ExpectFieldErrorAsync("owner");
    }

    [Fact]
    public async Task Calendar_ShowsTheOverdueRevalidationWithItsReview()
    {
        var (key, reviewId) = await _driver.DueModelWithReviewAsync();
        var dueAt = (await _driver.ScheduleAsync(key)).GetProperty("dueAt").GetDateTimeOffset();
        using var grace = await _driver.ClientAsync(PortalClients.Grace);
        var range = $"from={Uri.EscapeDataString(dueAt.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(dueAt.AddDays(1).ToString("O"))}";

        var items = await (await grace.GetAsync($"/api/v1/revalidation/calendar?{range}")).ExpectAsync(HttpStatusCode.OK);
        var backwards = await grace.GetAsync($"/api/v1/revalidation/calendar?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z");

        var item = Assert.Single(items.EnumerateArray(), i => i.GetProperty("modelKey").GetString() == key);
        Assert.Equal("Overdue", item.GetProperty("status").GetString());
        Assert.Equal(reviewId, item.GetProperty("reviewId").GetString());
        await backwards.ExpectFieldErrorAsync("to");
    }
}
