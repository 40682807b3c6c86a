using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;
using static CompliancePortal.IntegrationTests.Evaluation.PortalRunRequests;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>The portal running the demo ONNX model (assets/demo/onnx) in-process, its artifact checked against the version's pin first.</summary>
public abstract class OnnxPortalRunApiTests(PortalHost host)
{
    private const string DemoSet = "demo-credit";
    private static readonly string ModelFile = Path.Combine(AppContext.BaseDirectory, "DemoOnnx", "demo-credit-model.onnx");
    private static readonly string GoldenSetFile = Path.Combine(AppContext.BaseDirectory, "DemoOnnx", "demo-credit-golden-set.csv");

    [Fact]
    public async Task Run_Onnx_OnTheDemoModel_RecordsAPassingRunByThePortalsBuiltInEvaluator()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await DemoModelAsync(olivia, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(ModelFile))));

        var job = await (await olivia.PostAsJsonAsync(RunUrl(key), RunOnnx(DemoSet))).ExpectAsync(HttpStatusCode.Accepted);
        var status = await WaitForJobAsync(olivia, key, job.GetProperty("jobId").GetString()!);
        var evaluation = Assert.Single((await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).EnumerateArray());

        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        Assert.Equal(400, status.GetProperty("rowsScored").GetInt32());
        Assert.Equal("portal-onnx", evaluation.GetProperty("evaluatorName").GetString());
        Assert.False(string.IsNullOrWhiteSpace(evaluation.GetProperty("evaluatorVersion").GetString()));
        Assert.Equal("PortalRun", evaluation.GetProperty("source").GetString());
        Assert.True(evaluation.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Run_Onnx_WhenTheArtifactDoesNotMatchItsPin_FailsBeforeUsingIt_AndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await DemoModelAsync(olivia, Sha256("some other model"));
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var job = await (await olivia.PostAsJsonAsync(RunUrl(key), RunOnnx(DemoSet))).ExpectAsync(HttpStatusCode.Accepted);
        var status = await WaitForJobAsync(olivia, key, job.GetProperty("jobId").GetString()!);

        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.Contains($"but the model version pins {Sha256("some other model")}. It was not used", status.GetProperty("error").GetString());
        Assert.Equal(0, (await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    /// <summary>A model whose version 1.0.0 is the demo ONNX file, pinned to <paramref name="pinnedSha256"/>, with the demo golden set.</summary>
    private static async Task<string> DemoModelAsync(HttpClient owner, string pinnedSha256)
    {
        var key = Unique.Key("onnx");
        await (await owner.PostAsJsonAsync("/api/v1/models", Requests.Model(key))).ExpectAsync(HttpStatusCode.Created);
        var version = Requests.Version("1.0.0");
        version["artifactUri"] = new Uri(ModelFile).AbsoluteUri;
        version["artifactSha256"] = pinnedSha256;
        await (await owner.PostAsJsonAsync($"/api/v1/models/{key}/versions", version)).ExpectAsync(HttpStatusCode.Created);
        var definition = new JsonObject
        {
            ["name"] = DemoSet,
            ["labelColumn"] = "defaulted",
            ["featureColumns"] = new JsonArray("income_ratio", "utilisation"),
            ["metrics"] = new JsonArray(
                new JsonObject { ["kind"] = "rocAuc", ["threshold"] = 0.8 },
                new JsonObject { ["kind"] = "accuracy", ["threshold"] = 0.7 }),
        };
        await (await owner.PostAsJsonAsync(GoldenSetsUrl(key), definition)).ExpectAsync(HttpStatusCode.Created);
        await (await owner.PostAsync(VersionsUrl(key, DemoSet), CsvContent(await File.ReadAllTextAsync(GoldenSetFile)))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }
}
