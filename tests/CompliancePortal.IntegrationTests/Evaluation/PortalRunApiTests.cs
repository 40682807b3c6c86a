using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;
using static CompliancePortal.IntegrationTests.Evaluation.PortalRunRequests;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>
/// Evaluations the portal runs itself as background jobs, against an MLflow scoring endpoint the test starts on
/// loopback: judged and stored with the version when they succeed, nothing written when they fail.
/// </summary>
public abstract class PortalRunApiTests(PortalHost host)
{
    [Fact]
    public async Task Run_AgainstAnMlflowEndpoint_RecordsAJudgedPortalRun_WithTheVersion_AndAudits()
    {
        await using var mlflow = await FakeMlflowServer.StartAsync();
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var version = await (await olivia.GetAsync($"/api/v1/models/{key}/versions/1.0.0")).ExpectAsync(HttpStatusCode.OK);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var accepted = await olivia.PostAsJsonAsync(RunUrl(key), Run(mlflow.Endpoint));
        var job = await accepted.ExpectAsync(HttpStatusCode.Accepted);
        var status = await WaitForJobAsync(olivia, key, job.GetProperty("jobId").GetString()!);
        var evaluation = Assert.Single((await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).EnumerateArray());

        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        Assert.Equal(4, status.GetProperty("rowsScored").GetInt32());
        Assert.Equal(evaluation.GetProperty("id").GetString(), status.GetProperty("evaluationId").GetString());
        Assert.Equal(["x1", "x2"], mlflow.Columns);
        Assert.Equal("PortalRun", evaluation.GetProperty("source").GetString());
        Assert.Equal("Manual", evaluation.GetProperty("trigger").GetString());
        Assert.Equal("credit-scorer", evaluation.GetProperty("evaluatorName").GetString());
        Assert.Equal("9b3e2d1", evaluation.GetProperty("evaluatorVersion").GetString());
        Assert.Equal(Sha256(Csv), evaluation.GetProperty("goldenSetContentHash").GetString());
        Assert.Equal(version.GetProperty("artifactSha256").GetString(), evaluation.GetProperty("artifactSha256").GetString());
        Assert.Equal("Olivia Owens", evaluation.GetProperty("recordedBy").GetString());
        Assert.True(evaluation.GetProperty("passed").GetBoolean());
        var metrics = evaluation.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("kind").GetString()!);
        Assert.Equal(1.0, metrics["Accuracy"].GetProperty("value").GetDouble(), 9);
        var expectedLogLoss = -(Math.Log(0.9) + Math.Log(0.7) + Math.Log(0.8) + Math.Log(0.9)) / 4;
        Assert.Equal(expectedLogLoss, metrics["LogLoss"].GetProperty("value").GetDouble(), 5);
        var recorded = Assert.Single(await audit.EventsAfterAsync(mark));
        Assert.Equal("evaluation.recorded", recorded.GetProperty("action").GetString());
        Assert.Equal(key, recorded.GetProperty("modelKey").GetString());
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Run_AgainstAnUnreachableEndpoint_FailsTheJobWithAClearMessage_AndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var endpoint = FakeMlflowServer.UnreachableEndpoint();
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var job = await (await olivia.PostAsJsonAsync(RunUrl(key), Run(endpoint))).ExpectAsync(HttpStatusCode.Accepted);
        var status = await WaitForJobAsync(olivia, key, job.GetProperty("jobId").GetString()!);

        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.Contains($"The scoring endpoint {endpoint}/invocations could not be reached", status.GetProperty("error").GetString());
        Assert.Equal(0, (await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Run_OnAGoldenSetVersionRegisteredByUri_IsRefusedUpFront_SayingThePortalCannotRunItYet()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        await (await olivia.PostAsJsonAsync(VersionsUrl(key), new { uri = "s3://bucket/holdout.csv", sha256 = Sha256("elsewhere") }))
            .ExpectAsync(HttpStatusCode.Created);

        var response = await olivia.PostAsJsonAsync(RunUrl(key), Run("http://127.0.0.1:9"));

        var problem = await response.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("cannot run evaluations on URI-registered versions yet", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("noEvaluatorVersion", "evaluator")]
    [InlineData("floatingEvaluatorVersion", "evaluator")]
    [InlineData("unknownKind", "evaluator.Kind")]
    [InlineData("relativeEndpoint", "evaluator.Endpoint")]
    [InlineData("hostNotAllowed", "evaluator.Endpoint")]
    [InlineData("noGoldenSet", "goldenSet")]
    public async Task Run_Refused_Is400NamingTheField_AndEnqueuesNothing(string problem, string field)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var body = Run("http://127.0.0.1:9");
        switch (problem)
        {
            case "noEvaluatorVersion": body["evaluator"]!.AsObject().Remove("version"); break;
            case "floatingEvaluatorVersion": body["evaluator"]!["version"] = "latest"; break;
            case "unknownKind": body["evaluator"]!["kind"] = "notebook"; break;
            case "relativeEndpoint": body["evaluator"]!["endpoint"] = "scoring/invocations"; break;
            case "hostNotAllowed": body["evaluator"]!["endpoint"] = "http://169.254.169.254/latest"; break;
            case "noGoldenSet": body.Remove("goldenSet"); break;
        }

        var response = await olivia.PostAsJsonAsync(RunUrl(key), body);

        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(errors, e => e.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Run_ByAModelOwnerWhoDoesNotOwnTheModel_Is403()
    {
        var key = await NewModelWithGoldenSetAsync(await host.ClientForAsync(PortalClients.Olivia));
        var marcus = await host.ClientForAsync(PortalClients.Marcus);

        var response = await marcus.PostAsJsonAsync(RunUrl(key), Run("http://127.0.0.1:9"));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task JobStatus_OfAJobOfAnotherModel_Is404()
    {
        await using var mlflow = await FakeMlflowServer.StartAsync();
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var other = await NewModelWithGoldenSetAsync(olivia);
        var job = await (await olivia.PostAsJsonAsync(RunUrl(key), Run(mlflow.Endpoint))).ExpectAsync(HttpStatusCode.Accepted);

        var response = await olivia.GetAsync($"{EvaluationsUrl(other)}/jobs/{job.GetProperty("jobId").GetString()}");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
