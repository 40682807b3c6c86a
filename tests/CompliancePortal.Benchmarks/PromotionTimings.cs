using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Testing.Portal;
using CompliancePortal.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// The machine's share of a rollback: the request over HTTP, the signature that moves the alias (in-process, as the
/// signature dialog calls it), and serving systems reading the production alias. Bounded in count; loopback only.
/// </summary>
public static class PromotionTimings
{
    private const int Rollbacks = 50;
    private const int Reads = 400;
    private const int Parallelism = 16;
    private const string Key = "timing-model";
    private const string Csv = "x1,x2,label\n0.1,1.5,0\n0.7,2.5,1\n0.2,1.1,0\n0.9,3.0,1\n";

    public static async Task RunAsync(string provider)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPLIANCEPORTAL_WEB", Path.Combine(LoadDriver.RepositoryRoot(), "src", "CompliancePortal.Web"));
        await using var postgres = provider == "postgres" ? await PostgresServer.StartAsync() : null;
        var settings = postgres is null
            ? PortalSettings.Sqlite() with { RunJobs = false }
            : PortalSettings.Postgres(await postgres.CreateDatabaseAsync("promotion")) with { RunJobs = false };
        await using var portal = new PortalFactory(settings);
        using var owner = await portal.ClientForAsync(PortalClients.Olivia);
        using var reader = await portal.ClientForAsync(PortalClients.Grace);
        await SetUpAsync(owner);
        var people = portal.Services.GetRequiredService<PersonDirectory>();
        var priya = (await people.FindByEmailAsync(PortalClients.Priya))!;
        var officer = new Actor(priya.Id, priya.DisplayName, new HashSet<string> { PortalRoles.ComplianceOfficer });
        var promotions = portal.Services.GetRequiredService<PromotionService>();
        var queries = portal.Services.GetRequiredService<PromotionQueries>();
        var proof = SigningAuthentication.Confirmed(PortalClients.Priya);

        var first = await PostAsync(owner, $"/api/v1/models/{Key}/versions/1.1.0/promotion-requests", new JsonObject { ["rationale"] = "First." });
        await promotions.SignAsync(officer, first, SignatureDecision.Approve, null, proof);
        var second = await PostAsync(owner, $"/api/v1/models/{Key}/versions/1.2.0/promotion-requests", new JsonObject { ["rationale"] = "Second." });
        await promotions.SignAsync(officer, second, SignatureDecision.Approve, null, proof);

        var requestMs = new double[Rollbacks];
        var signMs = new double[Rollbacks];
        var switchMs = new double[Rollbacks];
        for (var i = 0; i < Rollbacks; i++)
        {
            var target = i % 2 == 0 ? "1.1.0" : "1.2.0";
            var watch = Stopwatch.StartNew();
            var id = await PostAsync(owner, $"/api/v1/models/{Key}/rollback-requests", new JsonObject { ["version"] = target, ["rationale"] = "Timing." });
            requestMs[i] = watch.Elapsed.TotalMilliseconds;
            var sign = Stopwatch.StartNew();
            await promotions.SignAsync(officer, id, SignatureDecision.Approve, null, proof);
            signMs[i] = sign.Elapsed.TotalMilliseconds;
            switchMs[i] = (await queries.RequestAsync(id)).ElapsedSeconds!.Value * 1000;
        }

        var reads = await LoadDriver.TimeAsync(Reads, Parallelism, async _ =>
            (await reader.GetAsync($"/api/v1/models/{Key}/production")).EnsureSuccessStatusCode());

        Console.WriteLine($"provider: {provider}");
        Console.WriteLine(Describe($"rollback request over HTTP ({Rollbacks})", requestMs));
        Console.WriteLine(Describe($"last signature that switches the alias, in-process ({Rollbacks})", signMs));
        Console.WriteLine(Describe($"recorded request-to-switch time with no waiting for the officer ({Rollbacks})", switchMs));
        Console.WriteLine(reads.Describe($"GET production, {Parallelism} concurrent"));
    }

    private static string Describe(string what, double[] values)
    {
        var sorted = values.Order().ToArray();
        return $"{what}: p50 {sorted[sorted.Length / 2]:F1} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:F1} ms, max {sorted[^1]:F1} ms";
    }

    private static async Task SetUpAsync(HttpClient owner)
    {
        await PostAsync(owner, "/api/v1/models", new JsonObject
        {
            ["key"] = Key, ["name"] = "Timing model", ["purpose"] = "Measures promotions.", ["businessUse"] = "Benchmark only.",
            ["riskTier"] = "Low", ["owner"] = PortalClients.Olivia,
        });
        await PostAsync(owner, $"/api/v1/models/{Key}/golden-sets", new JsonObject
        {
            ["name"] = "holdout", ["labelColumn"] = "label", ["featureColumns"] = new JsonArray("x1", "x2"),
            ["metrics"] = new JsonArray(new JsonObject { ["kind"] = "accuracy", ["threshold"] = 0.8 }),
        });
        (await owner.PostAsync($"/api/v1/models/{Key}/golden-sets/holdout/versions", new StringContent(Csv, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        foreach (var (label, changeClass) in new[] { ("1.0.0", "Major"), ("1.1.0", "Minor"), ("1.2.0", "Minor") })
        {
            await PostAsync(owner, $"/api/v1/models/{Key}/versions", new JsonObject
            {
                ["label"] = label, ["artifactUri"] = $"s3://models/timing/{label}/model.onnx", ["artifactSha256"] = Sha256($"a:{label}"),
                ["codeRepository"] = "https://git.example.com/timing.git", ["codeCommit"] = Sha256($"c:{label}")[..40],
                ["environmentLockHash"] = Sha256($"e:{label}"), ["changeClass"] = changeClass,
                ["datasetVersions"] = new JsonArray("card-authorisations@2026-10-31"),
            });
        }
        foreach (var label in new[] { "1.1.0", "1.2.0" })
        {
            var card = string.Concat(CompliancePortal.Core.ModelCards.CardTemplate.Default.Sections
                .Select(s => $"## {s.Name}\n\nThe model scores retail loan applications for the probability of default within twelve months.\n\n"));
            (await owner.PutAsync($"/api/v1/models/{Key}/versions/{label}/card", new StringContent(card, Encoding.UTF8, "text/markdown"))).EnsureSuccessStatusCode();
            var finished = DateTimeOffset.UtcNow.AddMinutes(-5);
            await PostAsync(owner, $"/api/v1/models/{Key}/versions/{label}/evaluations", new JsonObject
            {
                ["goldenSet"] = "holdout", ["goldenSetVersion"] = Sha256(Csv), ["evaluator"] = new JsonObject { ["name"] = "h", ["version"] = "1" },
                ["metrics"] = new JsonObject { ["accuracy"] = 0.9 }, ["startedAt"] = finished.AddMinutes(-1).ToString("O"), ["finishedAt"] = finished.ToString("O"),
            });
            (await owner.PutAsJsonAsync($"/api/v1/models/{Key}/versions/{label}/drift-policy", new JsonObject
            {
                ["thresholds"] = new JsonArray(new JsonObject { ["monitored"] = "x1", ["method"] = "Psi", ["warning"] = 0.1, ["critical"] = 0.25 }),
                ["revision"] = 0,
            })).EnsureSuccessStatusCode();
            (await owner.PostAsync($"/api/v1/models/{Key}/versions/{label}/reproducibility-checks", null)).EnsureSuccessStatusCode();
        }
    }

    private static async Task<Guid> PostAsync(HttpClient client, string url, JsonObject body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {url}: {(int)response.StatusCode} {text}");
        }
        return JsonDocument.Parse(text).RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var g)
            ? g : Guid.Empty;
    }

    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
