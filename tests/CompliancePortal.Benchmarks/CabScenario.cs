using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// The demo board (model-risk-cab: chair Yuki, members Daniel and Marcus) with a meeting an hour from now whose agenda
/// holds one assessed review per version of a High-risk model owned by Olivia alone, so no member is recused and all
/// three vote. Everything is set up over the API, as the people would.
/// </summary>
public sealed class CabScenario(PortalFactory portal)
{
    public const string Board = "model-risk-cab";
    public const string Key = "cab-timing-model";
    public static readonly string[] Members = ["yuki.tanaka@contoso.example", "daniel.okafor@contoso.example", PortalClients.Marcus];

    private static readonly JsonObject[] Ballots =
    [
        new() { ["choice"] = "Approve" },
        new() { ["choice"] = "ApproveWithConditions", ["conditions"] = "Monitor drift weekly for the first month." },
        new() { ["choice"] = "Abstain" },
        new() { ["choice"] = "Reject", ["reason"] = "The back-test covers one quarter only; add a second." },
    ];

    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> ClientAsync(string email)
    {
        if (!_clients.TryGetValue(email, out var client))
        {
            client = await portal.ClientForAsync(email);
            _clients[email] = client;
        }
        return client;
    }

    /// <summary>Opens the meeting with <paramref name="items"/> agenda items; each member votes once on each, as a full agenda would look.</summary>
    public async Task<(Guid Meeting, IReadOnlyList<Guid> Reviews)> SetUpAsync(int items)
    {
        foreach (var email in Members.Append(PortalClients.Olivia))
        {
            await ClientAsync(email);
        }
        var olivia = await ClientAsync(PortalClients.Olivia);
        var yuki = await ClientAsync(Members[0]);
        await PostAsync(olivia, "/api/v1/models", new JsonObject
        {
            ["key"] = Key, ["name"] = "CAB timing model", ["purpose"] = "Measures CAB voting.", ["businessUse"] = "Benchmark only.",
            ["riskTier"] = "High", ["owner"] = PortalClients.Olivia,
        });
        var startsAt = DateTimeOffset.UtcNow.AddHours(1);
        var meeting = (await PostAsync(yuki, $"/api/v1/cab/boards/{Board}/meetings", new JsonObject
        {
            ["title"] = "Model risk CAB — timing", ["startsAt"] = startsAt.ToString("O"), ["durationMinutes"] = 60, ["location"] = "Room 4.12",
        })).GetProperty("meeting").GetProperty("id").GetGuid();
        var reviews = new List<Guid>();
        for (var i = 1; i <= items; i++)
        {
            var label = $"{i}.0.0";
            await PostAsync(olivia, $"/api/v1/models/{Key}/versions", new JsonObject
            {
                ["label"] = label, ["artifactUri"] = $"s3://models/cab-timing/{label}/model.onnx", ["artifactSha256"] = PromotionTimings.Sha256($"a:{label}"),
                ["codeRepository"] = "https://git.example.com/cab-timing.git", ["codeCommit"] = PromotionTimings.Sha256($"c:{label}")[..40],
                ["environmentLockHash"] = PromotionTimings.Sha256($"e:{label}"), ["changeClass"] = "Major",
                ["datasetVersions"] = new JsonArray("card-authorisations@2026-10-31"),
            });
            var review = (await PostAsync(olivia, $"/api/v1/models/{Key}/versions/{label}/cab-review",
                new JsonObject { ["reason"] = "A new architecture replaces the previous one." })).GetProperty("id").GetGuid();
            await SendAsync(olivia, HttpMethod.Put, $"/api/v1/cab/reviews/{review}/assessment", Assessment());
            await PostAsync(yuki, $"/api/v1/cab/meetings/{meeting}/agenda", new JsonObject { ["reviewId"] = review });
            for (var m = 0; m < Members.Length; m++)
            {
                await VoteAsync(review, i + m);
            }
            reviews.Add(review);
        }
        return (meeting, reviews);
    }

    /// <summary>Vote number <paramref name="n"/>: the members take turns, each changing their ballot through the four choices.</summary>
    public async Task VoteAsync(Guid review, int n) =>
        await PostAsync(await ClientAsync(Members[n % Members.Length]), $"/api/v1/cab/reviews/{review}/votes",
            (JsonObject)Ballots[n / Members.Length % Ballots.Length].DeepClone());

    private static JsonObject Assessment() => new()
    {
        ["whatChanges"] = "A gradient-boosted model replaces the logistic regression.",
        ["why"] = "It ranks defaults better on the October back-test.",
        ["likelihood"] = "Moderate",
        ["impact"] = "High",
        ["impactIfItFails"] = "Credit officers would see mis-ranked applications until the rollback.",
        ["testEvidence"] = "Holdout evaluation and a three-month back-test.",
        ["rollbackPlan"] = "Roll back to the previous production version in the portal.",
        ["responsible"] = "Olivia Owens",
    };

    private static Task<JsonElement> PostAsync(HttpClient client, string url, JsonObject body) => SendAsync(client, HttpMethod.Post, url, body);

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string url, JsonObject body)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {url}: {(int)response.StatusCode} {text}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
