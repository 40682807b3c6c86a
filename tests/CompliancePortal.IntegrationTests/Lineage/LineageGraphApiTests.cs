using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Lineage;

/// <summary>The graph for other tools, the point-in-time view, prediction logging and the trace back to the raw data.</summary>
public abstract class LineageGraphApiTests(PortalHost host)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ATrace_FromAPrediction_ReachesTheRawTableAndItsSourceSystem_WithTheHashes()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var s = await LineageScenario.PostAsync(olivia, Unique.Word(), T0);

        var trace = await (await olivia.GetAsync($"/api/v1/predictions/{s.Predictions[0]}/trace")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(LineageScenario.Sha256($"input {s.Predictions[0]}"), trace.GetProperty("prediction").GetProperty("inputSha256").GetString());
        Assert.Equal("application_id=1000", trace.GetProperty("prediction").GetProperty("sourceRecords")[0].GetProperty("record").GetString());
        var lineage = trace.GetProperty("lineage");
        Assert.Equal(s.Model, lineage.GetProperty("modelVersion").GetProperty("modelKey").GetString());
        Assert.Equal(LineageScenario.Sha256($"artifact {s.Model["lineage-".Length..]}"), lineage.GetProperty("modelVersion").GetProperty("artifactSha256").GetString());
        var runs = lineage.GetProperty("runs").EnumerateArray().ToDictionary(r => r.GetProperty("runId").GetGuid(), r => r.GetProperty("role").GetString());
        Assert.Equal("training", runs[s.TrainingRun]);
        Assert.Equal("upstream", runs[s.FeatureRun]);
        Assert.Equal("upstream", runs[s.ExtractRun]);
        var datasets = lineage.GetProperty("datasetVersions").EnumerateArray().Select(d => d.GetProperty("datasetName").GetString()).ToList();
        Assert.Contains(s.Table, datasets);
        Assert.Contains(s.FeaturesPath, datasets);
        var sources = lineage.GetProperty("sourceSystems").EnumerateArray().Select(x => x.GetProperty("namespace").GetString()).ToList();
        Assert.Contains("postgres://core-banking.internal:5432", sources);
    }

    [Fact]
    public async Task AVersionsLineage_ShowsItsGapsAsWarnings()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var s = await LineageScenario.PostAsync(olivia, Unique.Word(), T0);

        var lineage = await (await olivia.GetAsync($"/api/v1/models/{s.Model}/versions/1.0.0/lineage")).ExpectAsync(HttpStatusCode.OK);

        var problems = lineage.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("problem").GetString()!).ToList();
        Assert.Contains(problems, p => p.Contains("No SHA-256 of the content", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("No training run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheGraph_AroundAModelVersion_ReachesItsTrainingRunUpstreamAndItsPredictionsDownstream()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var s = await LineageScenario.PostAsync(olivia, Unique.Word(), T0);
        var start = await NodeAsync(olivia, s.Model, "ModelVersion");

        var graph = await (await olivia.GetAsync($"/api/v1/lineage?nodeId={start}&depth=2")).ExpectAsync(HttpStatusCode.OK);

        var nodes = Nodes(graph);
        Assert.Contains(nodes, n => n.Kind == "Run" && n.Label == "credit_pd.train run");
        Assert.Equal(3, nodes.Count(n => n.Kind == "Prediction"));
        Assert.Contains(nodes, n => n.Kind == "DatasetVersion");
        var edges = graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("relation").GetString()).ToList();
        Assert.Contains("produced", edges);
        Assert.Contains("predicted", edges);
    }

    [Fact]
    public async Task ThePointInTimeView_ShowsRunsAsTheyStoodThen()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var s = await LineageScenario.PostAsync(olivia, Unique.Word(), T0);
        var job = await NodeAsync(olivia, s.Table.Split('_')[^1], "Job");
        var asOf = Uri.EscapeDataString(OpenLineageEvents.Time(T0.AddMinutes(20)));

        var then = Nodes(await (await olivia.GetAsync($"/api/v1/lineage?nodeId={job}&depth=6&asOf={asOf}")).ExpectAsync(HttpStatusCode.OK));
        var now = Nodes(await (await olivia.GetAsync($"/api/v1/lineage?nodeId={job}&depth=6")).ExpectAsync(HttpStatusCode.OK));

        Assert.Equal("Running", then.Single(n => n.Label.StartsWith("loan_features", StringComparison.Ordinal) && n.Kind == "Run").State);
        Assert.DoesNotContain(then, n => n.Label == "credit_pd.train run");
        Assert.Equal("Complete", now.Single(n => n.Label.StartsWith("loan_features", StringComparison.Ordinal) && n.Kind == "Run").State);
        Assert.Contains(now, n => n.Label == "credit_pd.train run");
    }

    [Fact]
    public async Task TheGraph_StopsAtTheNodeBudget_AndSaysSo()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var s = await LineageScenario.PostAsync(olivia, Unique.Word(), T0);
        var start = await NodeAsync(olivia, s.Model, "ModelVersion");

        var graph = await (await olivia.GetAsync($"/api/v1/lineage?nodeId={start}&depth=4&maxNodes=3")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(3, graph.GetProperty("nodes").GetArrayLength());
        Assert.True(graph.GetProperty("truncated").GetBoolean());
        Assert.Contains(graph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("expandable").GetBoolean());
    }

    [Theory]
    [InlineData("nodeId=model:123&depth=2", "nodeId")]
    [InlineData("nodeId=run:0195a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b&depth=0", "depth")]
    [InlineData("nodeId=run:0195a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b&maxNodes=100000", "maxNodes")]
    public async Task AGraphRequestOutOfBounds_IsRefusedNamingTheParameter(string query, string field)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);

        var response = await olivia.GetAsync($"/api/v1/lineage?{query}");

        await response.ExpectFieldErrorAsync(field);
    }

    [Fact]
    public async Task APredictionSentAgain_IsSkipped_ButAConflictingOneRefusesTheBatch()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var s = await LineageScenario.PostAsync(olivia, Unique.Word(), T0);
        var same = Batch(s.Predictions[0], s.Model, T0.AddHours(2), LineageScenario.Sha256($"input {s.Predictions[0]}"));
        var before = await audit.CountAsync();

        var again = await (await olivia.PostAsJsonAsync("/api/v1/predictions", same)).ExpectAsync(HttpStatusCode.OK);
        var conflicting = await olivia.PostAsJsonAsync("/api/v1/predictions", Batch(s.Predictions[0], s.Model, T0.AddHours(2), LineageScenario.Sha256("other")));

        Assert.Equal(1, again.GetProperty("alreadyLogged").GetInt32());
        Assert.Equal(0, again.GetProperty("recorded").GetInt32());
        await conflicting.ExpectFieldErrorAsync("predictions[0].predictionId");
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task APredictionOfAnUnknownVersion_RefusesTheWholeBatch_AndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var s = await LineageScenario.PostAsync(olivia, Unique.Word(), T0);
        var good = $"good-{Unique.Word()}";
        var body = new
        {
            predictions = new object[]
            {
                new { predictionId = good, modelKey = s.Model, version = "1.0.0", predictedAt = T0, inputHash = LineageScenario.Sha256("a") },
                new { predictionId = $"bad-{Unique.Word()}", modelKey = s.Model, version = "9.9.9", predictedAt = T0, inputHash = LineageScenario.Sha256("b") },
            },
        };

        var response = await olivia.PostAsJsonAsync("/api/v1/predictions", body);

        await response.ExpectFieldErrorAsync("predictions[1].version");
        Assert.Equal(HttpStatusCode.NotFound, (await olivia.GetAsync($"/api/v1/predictions/{good}/trace")).StatusCode);
    }

    private static object Batch(string id, string model, DateTimeOffset at, string hash) =>
        new { predictions = new[] { new { predictionId = id, modelKey = model, version = "1.0.0", predictedAt = at, inputHash = hash } } };

    private static async Task<string> NodeAsync(HttpClient client, string search, string kind)
    {
        var found = await (await client.GetAsync($"/api/v1/lineage/search?q={Uri.EscapeDataString(search)}")).ExpectAsync(HttpStatusCode.OK);
        return found.EnumerateArray().First(n => n.GetProperty("kind").GetString() == kind).GetProperty("id").GetString()!;
    }

    private static List<(string Kind, string Label, string? State)> Nodes(JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateArray()
            .Select(n => (n.GetProperty("kind").GetString()!, n.GetProperty("label").GetString()!, n.GetProperty("state").GetString())).ToList();
}
