using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Approvals;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

/// <summary>
/// Drives the demo board (model-risk-cab: chair Yuki, members Daniel and Marcus, quorum 2, simple majority, High and Critical
/// models) over the API as its people would, on a portal whose clock the tests move.
/// </summary>
public sealed class CabDriver(PortalHost host, FakeTimeProvider clock)
{
    public const string Yuki = "yuki.tanaka@contoso.example";
    public const string Daniel = "daniel.okafor@contoso.example";
    public const string Board = "model-risk-cab";

    public PromotionDriver Promotions { get; } = new(host);

    public FakeTimeProvider Clock => clock;

    public Task<HttpClient> ClientAsync(string email) => host.ClientForAsync(email);

    /// <summary>Mints every client the tests use, so minting (an audited change) happens before any audit baseline.</summary>
    public async Task<AuditTrail> AuditTrailAsync()
    {
        foreach (var email in new[] { PortalClients.Olivia, PortalClients.Marcus, PortalClients.Sofia, PortalClients.Priya, PortalClients.Grace, Yuki, Daniel })
        {
            await ClientAsync(email);
        }
        return await host.AuditTrailAsync();
    }

    /// <summary>A High-risk model owned by Olivia, Marcus its backup owner (so recused on the board), with a Major 1.0.0 meeting every other gate.</summary>
    public async Task<string> HighRiskModelReadyAsync()
    {
        var key = await Promotions.NewModelAsync("High", backupOwner: PortalClients.Marcus);
        await Promotions.MakeReadyAsync(key, "1.0.0");
        return key;
    }

    /// <summary>A Major promotion request whose review is assessed and on a new meeting's agenda.</summary>
    public async Task<(string Key, Guid Request, Guid Review, Guid Meeting)> MajorChangeOnAgendaAsync(DateTimeOffset? votingClosesAt = null)
    {
        var key = await HighRiskModelReadyAsync();
        var request = await (await Promotions.RequestAsync(key, "1.0.0")).ExpectAsync(HttpStatusCode.Created);
        var review = request.GetProperty("cabReviewId").GetGuid();
        await (await AssessAsync(review)).ExpectAsync(HttpStatusCode.OK);
        var meeting = await ScheduledMeetingAsync();
        await (await AddToAgendaAsync(meeting, review, votingClosesAt)).ExpectAsync(HttpStatusCode.OK);
        return (key, request.GetProperty("id").GetGuid(), review, meeting);
    }

    public static JsonObject Assessment(string likelihood = "Moderate", string impact = "High") => new()
    {
        ["whatChanges"] = "A gradient-boosted model replaces the logistic regression.",
        ["why"] = "It ranks defaults better on the October back-test.",
        ["likelihood"] = likelihood,
        ["impact"] = impact,
        ["impactIfItFails"] = "Credit officers would see mis-ranked applications until the rollback.",
        ["testEvidence"] = "Holdout evaluation and a three-month back-test.",
        ["rollbackPlan"] = "Roll back to the previous production version in the portal.",
        ["responsible"] = "Olivia Owens",
    };

    public async Task<HttpResponseMessage> AssessAsync(Guid review, JsonObject? assessment = null, string email = PortalClients.Olivia) =>
        await (await ClientAsync(email)).PutAsJsonAsync($"/api/v1/cab/reviews/{review}/assessment", assessment ?? Assessment());

    public JsonObject Meeting(DateTimeOffset? startsAt = null) => new()
    {
        ["title"] = "Model risk CAB — integration test",
        ["startsAt"] = (startsAt ?? StartsAt).ToString("O"),
        ["durationMinutes"] = 60,
        ["location"] = "Room 4.12",
        ["callLink"] = "https://meet.example.com/model-risk-cab",
    };

    /// <summary>An hour from the portal's now: meetings cannot be scheduled in the past.</summary>
    public DateTimeOffset StartsAt => new(clock.GetUtcNow().AddHours(1).UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);

    public async Task<HttpResponseMessage> ScheduleAsync(JsonObject meeting, string email = Yuki) =>
        await (await ClientAsync(email)).PostAsJsonAsync($"/api/v1/cab/boards/{Board}/meetings", meeting);

    public async Task<Guid> ScheduledMeetingAsync() =>
        (await (await ScheduleAsync(Meeting())).ExpectAsync(HttpStatusCode.Created)).GetProperty("meeting").GetProperty("id").GetGuid();

    public async Task<HttpResponseMessage> AddToAgendaAsync(Guid meeting, Guid review, DateTimeOffset? votingClosesAt = null, string email = Yuki)
    {
        var body = new JsonObject { ["reviewId"] = review };
        if (votingClosesAt is not null)
        {
            body["votingClosesAt"] = votingClosesAt.Value.ToString("O");
        }
        return await (await ClientAsync(email)).PostAsJsonAsync($"/api/v1/cab/meetings/{meeting}/agenda", body);
    }

    public async Task<HttpResponseMessage> VoteAsync(string email, Guid review, string choice, string? conditions = null, string? reason = null) =>
        await (await ClientAsync(email)).PostAsJsonAsync($"/api/v1/cab/reviews/{review}/votes",
            new JsonObject { ["choice"] = choice, ["conditions"] = conditions, ["reason"] = reason });

    public async Task<HttpResponseMessage> CloseItemAsync(Guid review, string email = Yuki) =>
        await (await ClientAsync(email)).PostAsync($"/api/v1/cab/reviews/{review}/close", null);

    public async Task<HttpResponseMessage> CloseMeetingAsync(Guid meeting, string email = Yuki) =>
        await (await ClientAsync(email)).PostAsync($"/api/v1/cab/meetings/{meeting}/close", null);

    public Task<JsonElement> ReviewAsync(Guid review) => Promotions.GetAsync($"/api/v1/cab/reviews/{review}");

    public Task<JsonElement> MeetingAsync(Guid meeting) => Promotions.GetAsync($"/api/v1/cab/meetings/{meeting}");

    public Task<JsonElement> PromotionRequestAsync(Guid request) => Promotions.GetAsync($"/api/v1/promotion-requests/{request}");

    /// <summary>The CAB gate as the request sees it now (pending requests re-read their evidence).</summary>
    public static JsonElement CabGate(JsonElement evidence) =>
        evidence.GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("gate").GetString() == "CabDecision");

    public static IReadOnlyList<string> Voters(JsonElement review) => review.GetProperty("members").EnumerateArray()
        .Where(m => m.GetProperty("ballot").ValueKind != JsonValueKind.Null).Select(m => m.GetProperty("name").GetString()!).ToList();

    /// <summary>The audit actions written for this model after <paramref name="mark"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> ModelActionsAfterAsync(AuditTrail audit, long mark, string key) =>
        (await audit.EventsAfterAsync(mark)).Where(e => e.GetProperty("modelKey").GetString() == key).Select(e => e.GetProperty("action").GetString()!).ToList();
}
