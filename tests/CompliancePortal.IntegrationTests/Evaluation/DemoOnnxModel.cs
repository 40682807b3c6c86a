using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>New models whose version 1.0.0 is the demo ONNX file (assets/demo/onnx), with the demo golden set.</summary>
public static class DemoOnnxModel
{
    public const string GoldenSet = "demo-credit";
    private static readonly string ModelFile = Path.Combine(AppContext.BaseDirectory, "DemoOnnx", "demo-credit-model.onnx");
    private static readonly string GoldenSetFile = Path.Combine(AppContext.BaseDirectory, "DemoOnnx", "demo-credit-golden-set.csv");

    public static string ArtifactSha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ModelFile)));

    /// <summary>Registers the model as <paramref name="owner"/>, version 1.0.0 pinned to <paramref name="pinnedSha256"/> (the file's own by default).</summary>
    public static async Task<string> CreateAsync(HttpClient owner, string? pinnedSha256 = null)
    {
        var key = Unique.Key("onnx");
        await (await owner.PostAsJsonAsync("/api/v1/models", Requests.Model(key))).ExpectAsync(HttpStatusCode.Created);
        var version = Requests.Version("1.0.0");
        version["artifactUri"] = new Uri(ModelFile).AbsoluteUri;
        version["artifactSha256"] = pinnedSha256 ?? ArtifactSha256;
        await (await owner.PostAsJsonAsync($"/api/v1/models/{key}/versions", version)).ExpectAsync(HttpStatusCode.Created);
        var definition = new JsonObject
        {
            ["name"] = GoldenSet,
            ["labelColumn"] = "defaulted",
            ["featureColumns"] = new JsonArray("income_ratio", "utilisation"),
            ["metrics"] = new JsonArray(
                new JsonObject { ["kind"] = "rocAuc", ["threshold"] = 0.8 },
                new JsonObject { ["kind"] = "accuracy", ["threshold"] = 0.7 }),
        };
        await (await owner.PostAsJsonAsync(GoldenSetsUrl(key), definition)).ExpectAsync(HttpStatusCode.Created);
        await (await owner.PostAsync(VersionsUrl(key, GoldenSet), CsvContent(await File.ReadAllTextAsync(GoldenSetFile)))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }
}
