using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using CompliancePortal.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Revalidation;

/// <summary>
/// Drives a portal whose clock the test moves. API tokens expire by that clock, so every call mints a fresh client
/// instead of reusing the host's cached ones.
/// </summary>
public sealed class RevalidationDriver(PortalHost host, FakeTimeProvider clock)
{
    public FakeTimeProvider Clock => clock;

    public Task<HttpClient> ClientAsync(string email) => host.Factory.ClientForAsync(email);

    public async Task<AuditTrail> AuditTrailAsync() => new(await ClientAsync(PortalClients.Priya));

    /// <summary>A new model owned by Olivia, registered at the clock's current time.</summary>
    public async Task<string> NewModelAsync(string riskTier = "High", string? backupOwner = null)
    {
        var key = Unique.Key("reval");
        var body = Requests.Model(key);
        body["riskTier"] = riskTier;
        if (backupOwner is not null)
        {
            body["backupOwner"] = backupOwner;
        }
        using var olivia = await ClientAsync(PortalClients.Olivia);
        await (await olivia.PostAsJsonAsync("/api/v1/models", body)).ExpectAsync(HttpStatusCode.Created);
        return key;
    }

    public async Task<IReadOnlyList<JsonElement>> SchedulesAsync(string query = "")
    {
        using var grace = await ClientAsync(PortalClients.Grace);
        return (await (await grace.GetAsync($"/api/v1/revalidation/schedules{query}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
    }

    public async Task<JsonElement> ScheduleAsync(string key) =>
        (await SchedulesAsync()).Single(s => s.GetProperty("modelKey").GetString() == key);

    public async Task<IReadOnlyList<JsonElement>> ReviewsAsync(string key)
    {
        using var grace = await ClientAsync(PortalClients.Grace);
        return (await (await grace.GetAsync($"/api/v1/models/{key}/revalidation/reviews")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
    }

    /// <summary>Moves the clock a day past the model's due date (never backwards).</summary>
    public async Task<DateTimeOffset> PassDueDateAsync(string key)
    {
        var dueAt = (await ScheduleAsync(key)).GetProperty("dueAt").GetDateTimeOffset();
        var target = dueAt.AddDays(1);
        if (target > clock.GetUtcNow())
        {
            clock.SetUtcNow(target);
        }
        return dueAt;
    }

    /// <summary>Runs the recurring job as Hangfire would, resolved from the portal's own services.</summary>
    public Task<RevalidationRunResult> RunJobAsync() =>
        host.Factory.Services.GetRequiredService<RevalidationJob>().RunAsync(CancellationToken.None);

    /// <summary>A new model that has fallen due, with the review the job opened for it.</summary>
    public async Task<(string Key, string ReviewId)> DueModelWithReviewAsync(string? backupOwner = null)
    {
        var key = await NewModelAsync(backupOwner: backupOwner);
        await PassDueDateAsync(key);
        await RunJobAsync();
        var review = Assert.Single(await ReviewsAsync(key));
        return (key, review.GetProperty("id").GetString()!);
    }

    public async Task<HttpResponseMessage> SignAsync(string email, string reviewId, string capacity, string outcome, string? comments = null)
    {
        using var client = await ClientAsync(email);
        return await client.PostAsJsonAsync($"/api/v1/revalidation/reviews/{reviewId}/{capacity}-signature",
            new JsonObject { ["outcome"] = outcome, ["comments"] = comments });
    }
}
