using System.Net;
using System.Text;
using System.Text.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Revalidation;

/// <summary>Two signatures over HTTP: the owner and an independent compliance officer; refusals are ProblemDetails and write nothing.</summary>
public abstract class RevalidationSignOffTests(PortalHost host, FakeTimeProvider clock)
{
    private readonly RevalidationDriver _driver = new(host, clock);

    [Fact]
    public async Task Review_SignedByOwnerThenComplianceOfficer_IsSignedOff_MovesTheDueDate_AndIsAudited()
    {
        var (key, reviewId) = await _driver.DueModelWithReviewAsync();
        var dueBefore = (await _driver.ScheduleAsync(key)).GetProperty("dueAt").GetDateTimeOffset();
        var audit = await _driver.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var afterOwner = await (await _driver.SignAsync(PortalClients.Olivia, reviewId, "owner", "Pass")).ExpectAsync(HttpStatusCode.OK);
        var signedOff = await (await _driver.SignAsync(PortalClients.Priya, reviewId, "compliance", "PassWithFindings", "Drift in one segment."))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Open", afterOwner.GetProperty("state").GetString());
        Assert.Equal("Olivia Owens", afterOwner.GetProperty("ownerSignature").GetProperty("displayName").GetString());
        Assert.Equal("SignedOff", signedOff.GetProperty("state").GetString());
        Assert.Equal("PassWithFindings", signedOff.GetProperty("outcome").GetString());
        Assert.Equal("Drift in one segment.", signedOff.GetProperty("complianceOfficerSignature").GetProperty("comments").GetString());
        Assert.False(signedOff.GetProperty("raisesAlert").GetBoolean());
        var schedule = await _driver.ScheduleAsync(key);
        Assert.True(schedule.GetProperty("dueAt").GetDateTimeOffset() > dueBefore);
        Assert.Equal("Upcoming", schedule.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, schedule.GetProperty("openReviewId").ValueKind);
        Assert.Equal(["revalidation.signed", "revalidation.signed", "revalidation.completed"],
            (await ModelEventsAfterAsync(audit, mark, key)).Select(e => e.GetProperty("action").GetString()));
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Fail_RaisesAnAlertOnTheModel()
    {
        var (key, reviewId) = await _driver.DueModelWithReviewAsync();

        await (await _driver.SignAsync(PortalClients.Olivia, reviewId, "owner", "Fail", "Recall fell below threshold.")).ExpectAsync(HttpStatusCode.OK);
        var review = await (await _driver.SignAsync(PortalClients.Priya, reviewId, "compliance", "Fail", "Agreed; retrain before next quarter."))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Fail", review.GetProperty("outcome").GetString());
        Assert.True(review.GetProperty("raisesAlert").GetBoolean());
        var schedule = await _driver.ScheduleAsync(key);
        Assert.True(schedule.GetProperty("hasAlert").GetBoolean());
        Assert.Equal(reviewId, schedule.GetProperty("alertReviewId").GetString());
    }

    [Fact]
    public async Task OnePerson_CannotGiveBothSignatures()
    {
        var (key, reviewId) = await _driver.DueModelWithReviewAsync(backupOwner: PortalClients.Priya);
        await (await _driver.SignAsync(PortalClients.Priya, reviewId, "owner", "Pass")).ExpectAsync(HttpStatusCode.OK);
        var audit = await _driver.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var second = await _driver.SignAsync(PortalClients.Priya, reviewId, "compliance", "Pass");

        await second.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty(await ModelEventsAfterAsync(audit, mark, key));
    }

    [Fact]
    public async Task Signature_GivenTwice_IsRefused_AndWritesNothing()
    {
        var (key, reviewId) = await _driver.DueModelWithReviewAsync();
        await (await _driver.SignAsync(PortalClients.Olivia, reviewId, "owner", "Pass")).ExpectAsync(HttpStatusCode.OK);
        var audit = await _driver.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var again = await _driver.SignAsync(PortalClients.Olivia, reviewId, "owner", "Fail", "Changed my mind.");

        await again.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Empty(await ModelEventsAfterAsync(audit, mark, key));
    }

    [Fact]
    public async Task Auditor_CannotSignEither_AndNorCanAnOwnerSignAsComplianceOfficer()
    {
        var (_, reviewId) = await _driver.DueModelWithReviewAsync();

        var auditorAsOwner = await _driver.SignAsync(PortalClients.Henrik, reviewId, "owner", "Pass");
        var auditorAsOfficer = await _driver.SignAsync(PortalClients.Henrik, reviewId, "compliance", "Pass");
        var ownerAsOfficer = await _driver.SignAsync(PortalClients.Olivia, reviewId, "compliance", "Pass");

        await auditorAsOwner.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await auditorAsOfficer.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await ownerAsOfficer.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Fail_WithoutComments_Or_WithoutAnOutcome_Is400NamingTheField()
    {
        var (_, reviewId) = await _driver.DueModelWithReviewAsync();
        using var olivia = await _driver.ClientAsync(PortalClients.Olivia);

        var noComments = await _driver.SignAsync(PortalClients.Olivia, reviewId, "owner", "Fail");
        var noOutcome = await olivia.PostAsync($"/api/v1/revalidation/reviews/{reviewId}/owner-signature",
            new StringContent("{}", Encoding.UTF8, "application/json"));

        await noComments.ExpectFieldErrorAsync("comments");
        await noOutcome.ExpectFieldErrorAsync("outcome");
    }

    [Fact]
    public async Task UnknownReview_Is404()
    {
        using var grace = await _driver.ClientAsync(PortalClients.Grace);

        var read = await grace.GetAsync($"/api/v1/revalidation/reviews/{Guid.NewGuid()}");
        var sign = await _driver.SignAsync(PortalClients.Olivia, Guid.NewGuid().ToString(), "owner", "Pass");

        await read.ExpectProblemAsync(HttpStatusCode.NotFound);
        await sign.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Each call here mints a fresh API token, itself audited; the review's own events are the model's.</summary>
    private static async Task<IReadOnlyList<JsonElement>> ModelEventsAfterAsync(AuditTrail audit, long mark, string key) =>
        (await audit.EventsAfterAsync(mark)).Where(e => e.GetProperty("modelKey").GetString() == key).ToList();
}
