using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompliancePortal.Testing.Lineage;

/// <summary>
/// A whole pipeline through the public API, as a team would wire it: Airflow extracts from PostgreSQL to the lake, Spark
/// builds features, a model version pinning those features is registered, the training job writes its artifact, and the
/// serving system logs predictions.
/// </summary>
public sealed record LineageScenario(string Model, string Version, Guid ExtractRun, Guid FeatureRun, Guid TrainingRun, string Table, string FeaturesPath,
    string ArtifactUri, IReadOnlyList<string> Predictions, DateTimeOffset Start)
{
    public static async Task<LineageScenario> PostAsync(HttpClient client, string word, DateTimeOffset start)
    {
        var (extract, features, training) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var table = $"bank.public.loan_applications_{word}";
        var raw = $"raw/{word}/2026-11-20";
        var featuresPath = $"features/{word}/2026-11-20";
        var model = $"lineage-{word}";
        var artifact = $"s3://contoso-models/{model}/1.0.0/model.onnx";

        await SendAsync(client, OpenLineageEvents.Airflow("START", extract, start, $"loans_{word}", table, raw));
        await SendAsync(client, OpenLineageEvents.Airflow("COMPLETE", extract, start.AddMinutes(7), $"loans_{word}", table, raw));
        await SendAsync(client, OpenLineageEvents.Spark("START", features, extract, start.AddMinutes(10), raw, featuresPath));
        await SendAsync(client, OpenLineageEvents.Spark("COMPLETE", features, extract, start.AddMinutes(25), raw, featuresPath));

        var observed = await GetAsync(client, $"/api/v1/lineage/datasets?namespace={Uri.EscapeDataString("s3://contoso-lake")}&name={Uri.EscapeDataString(featuresPath)}");
        var featuresVersion = $"{observed.GetProperty("key").GetString()}@{observed.GetProperty("versions")[0].GetProperty("label").GetString()}";
        await PostJsonAsync(client, "/api/v1/models", new JsonObject
        {
            ["key"] = model, ["name"] = $"Lineage scenario {word}", ["purpose"] = "Scores loan applications in a lineage test.",
            ["businessUse"] = "Nothing real: it exercises lineage.", ["riskTier"] = "High", ["owner"] = "olivia.owens@contoso.example",
        });
        await PostJsonAsync(client, $"/api/v1/models/{model}/versions", new JsonObject
        {
            ["label"] = "1.0.0", ["artifactUri"] = artifact, ["artifactSha256"] = Sha256($"artifact {word}"),
            ["codeRepository"] = "https://git.example.com/risk/credit-pd.git", ["codeCommit"] = OpenLineageEvents.Commit,
            ["environmentLockHash"] = Sha256($"env {word}"), ["changeClass"] = "Major", ["datasetVersions"] = new JsonArray(featuresVersion),
        });
        await SendAsync(client, OpenLineageEvents.Training("START", training, start.AddMinutes(30), featuresPath, artifact));
        await SendAsync(client, OpenLineageEvents.Training("COMPLETE", training, start.AddMinutes(50), featuresPath, artifact));

        var predictions = Enumerable.Range(1, 3).Select(i => $"pred-{word}-{i}").ToList();
        await PostJsonAsync(client, "/api/v1/predictions", new JsonObject
        {
            ["predictions"] = new JsonArray(predictions.Select((id, i) => (JsonNode)new JsonObject
            {
                ["predictionId"] = id, ["modelKey"] = model, ["version"] = "1.0.0", ["predictedAt"] = OpenLineageEvents.Time(start.AddHours(2 + i)),
                ["inputHash"] = Sha256($"input {id}"),
                ["sourceRecords"] = new JsonArray(new JsonObject { ["sourceSystem"] = "core-banking", ["dataset"] = table, ["record"] = $"application_id={1000 + i}" }),
            }).ToArray()),
        });
        return new LineageScenario(model, "1.0.0", extract, features, training, table, featuresPath, artifact, predictions, start);
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static Task SendAsync(HttpClient client, JsonObject e) => PostJsonAsync(client, "/api/v1/lineage", e);

    private static async Task PostJsonAsync(HttpClient client, string path, JsonObject body)
    {
        var response = await client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
