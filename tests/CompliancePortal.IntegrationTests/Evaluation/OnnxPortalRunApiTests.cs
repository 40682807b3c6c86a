using System.Net;
using System.Net.Http.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;
using static CompliancePortal.IntegrationTests.Evaluation.PortalRunRequests;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>The portal running the demo ONNX model (assets/demo/onnx) in-process, its artifact checked against the version's pin first.</summary>
public abstract class OnnxPortalRunApiTests(PortalHost host)
{
    [Fact]
    public async Task Run_Onnx_OnTheDemoModel_RecordsAPassingRunByThePortalsBuiltInEvaluator()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await DemoOnnxModel.CreateAsync(olivia);

        var job = await (await olivia.PostAsJsonAsync(RunUrl(key), RunOnnx(DemoOnnxModel.GoldenSet))).ExpectAsync(HttpStatusCode.Accepted);
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
        var key = await DemoOnnxModel.CreateAsync(olivia, Sha256("some other model"));
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var job = await (await olivia.PostAsJsonAsync(RunUrl(key), RunOnnx(DemoOnnxModel.GoldenSet))).ExpectAsync(HttpStatusCode.Accepted);
        var status = await WaitForJobAsync(olivia, key, job.GetProperty("jobId").GetString()!);

        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.Contains($"but the model version pins {Sha256("some other model")}. It was not used", status.GetProperty("error").GetString());
        Assert.Equal(0, (await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Run_ForAPromotion_IsRecordedWithThatTrigger_AndATriggerOnlyTheScheduleMayUse_Is400()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await DemoOnnxModel.CreateAsync(olivia);
        var forPromotion = RunOnnx(DemoOnnxModel.GoldenSet);
        forPromotion["trigger"] = "promotion";
        var scheduled = RunOnnx(DemoOnnxModel.GoldenSet);
        scheduled["trigger"] = "schedule";

        var refused = await olivia.PostAsJsonAsync(RunUrl(key), scheduled);
        var job = await (await olivia.PostAsJsonAsync(RunUrl(key), forPromotion)).ExpectAsync(HttpStatusCode.Accepted);
        var status = await WaitForJobAsync(olivia, key, job.GetProperty("jobId").GetString()!);

        await refused.ExpectFieldErrorAsync("trigger");
        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        var evaluation = Assert.Single((await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal("Promotion", evaluation.GetProperty("trigger").GetString());
    }
}
