using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>A model with a version and a classification golden set, as a harness would set them up over the API.</summary>
public static class GoldenSetRequests
{
    public const string Name = "holdout-2026";

    public const string Csv = "x1,x2,label\n0.1,1.5,0\n0.7,2.5,1\n0.2,1.1,0\n0.9,3.0,1\n";

    public const string OtherCsv = "x1,x2,label\n0.1,1.5,0\n0.7,2.5,1\n0.2,1.1,0\n0.9,3.0,1\n0.4,2.0,0\n";

    public static JsonObject Definition(string name = Name) => new()
    {
        ["name"] = name,
        ["labelColumn"] = "label",
        ["featureColumns"] = new JsonArray("x1", "x2"),
        ["metrics"] = new JsonArray(
            new JsonObject { ["kind"] = "accuracy", ["threshold"] = 0.8 },
            new JsonObject { ["kind"] = "logLoss", ["threshold"] = 0.5 }),
    };

    public static StringContent CsvContent(string csv) => new(csv, Encoding.UTF8, "text/csv");

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string GoldenSetsUrl(string key) => $"/api/v1/models/{key}/golden-sets";

    public static string VersionsUrl(string key, string name = Name) => $"/api/v1/models/{key}/golden-sets/{name}/versions";

    public static string EvaluationsUrl(string key, string version = "1.0.0") => $"/api/v1/models/{key}/versions/{version}/evaluations";

    /// <summary>A new model owned by the client's person, with version 1.0.0.</summary>
    public static async Task<string> NewModelAsync(HttpClient owner)
    {
        var key = Unique.Key("eval");
        await (await owner.PostAsJsonAsync("/api/v1/models", Requests.Model(key))).ExpectAsync(HttpStatusCode.Created);
        await (await owner.PostAsJsonAsync($"/api/v1/models/{key}/versions", Requests.Version("1.0.0"))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }

    /// <summary>A new model with the golden set and its first version uploaded from <see cref="Csv"/>.</summary>
    public static async Task<string> NewModelWithGoldenSetAsync(HttpClient owner)
    {
        var key = await NewModelAsync(owner);
        await (await owner.PostAsJsonAsync(GoldenSetsUrl(key), Definition())).ExpectAsync(HttpStatusCode.Created);
        await (await owner.PostAsync(VersionsUrl(key), CsvContent(Csv))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }

    public static JsonObject Posted(string? goldenSetVersion = null) => new()
    {
        ["goldenSet"] = Name,
        ["goldenSetVersion"] = goldenSetVersion ?? Sha256(Csv),
        ["evaluator"] = new JsonObject { ["name"] = "credit-harness", ["version"] = "4f1c2a9" },
        ["metrics"] = new JsonObject { ["accuracy"] = 0.9, ["logLoss"] = 0.7 },
        ["startedAt"] = "2026-11-01T10:00:00Z",
        ["finishedAt"] = "2026-11-01T10:02:30Z",
    };
}
