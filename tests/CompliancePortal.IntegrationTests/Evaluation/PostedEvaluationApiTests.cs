using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>Results posted by external harnesses: judged by the portal, stored with the model version, audited; refusals write nothing.</summary>
public abstract class PostedEvaluationApiTests(PortalHost host)
{
    [Fact]
    public async Task Post_IsJudgedAgainstTheGoldenSetThresholds_StoredWithTheVersion_AndAudited()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var version = await (await olivia.GetAsync($"/api/v1/models/{key}/versions/1.0.0")).ExpectAsync(HttpStatusCode.OK);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var posted = await (await olivia.PostAsJsonAsync(EvaluationsUrl(key), Posted())).ExpectAsync(HttpStatusCode.Created);
        var listed = await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK);

        Assert.False(posted.GetProperty("passed").GetBoolean());
        var metrics = posted.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("kind").GetString()!);
        Assert.True(metrics["Accuracy"].GetProperty("passed").GetBoolean());
        Assert.Equal(0.8, metrics["Accuracy"].GetProperty("threshold").GetDouble());
        Assert.False(metrics["LogLoss"].GetProperty("passed").GetBoolean());
        Assert.Equal("Posted", posted.GetProperty("source").GetString());
        Assert.Equal("Posted", posted.GetProperty("trigger").GetString());
        Assert.Equal("credit-harness", posted.GetProperty("evaluatorName").GetString());
        Assert.Equal("4f1c2a9", posted.GetProperty("evaluatorVersion").GetString());
        Assert.Equal(Name, posted.GetProperty("goldenSet").GetString());
        Assert.Equal(1, posted.GetProperty("goldenSetVersion").GetInt32());
        Assert.Equal(Sha256(Csv), posted.GetProperty("goldenSetContentHash").GetString());
        Assert.Equal(version.GetProperty("artifactSha256").GetString(), posted.GetProperty("artifactSha256").GetString());
        Assert.Equal(150, posted.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(posted.GetProperty("id").GetString(), Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
        var recorded = Assert.Single(await audit.EventsAfterAsync(mark));
        Assert.Equal("evaluation.recorded", recorded.GetProperty("action").GetString());
        Assert.Equal(key, recorded.GetProperty("modelKey").GetString());
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Post_MeetingEveryThreshold_Passes_AndMayNameAnOlderGoldenSetVersion()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        await (await olivia.PostAsync(VersionsUrl(key), CsvContent(OtherCsv))).ExpectAsync(HttpStatusCode.Created);
        var body = Posted();
        body["metrics"] = new JsonObject { ["ACCURACY"] = 0.8, ["log_loss"] = 0.31 };

        var posted = await (await olivia.PostAsJsonAsync(EvaluationsUrl(key), body)).ExpectAsync(HttpStatusCode.Created);

        Assert.True(posted.GetProperty("passed").GetBoolean());
        Assert.Equal(1, posted.GetProperty("goldenSetVersion").GetInt32());
    }

    [Theory]
    [InlineData("noEvaluatorVersion", "evaluator")]
    [InlineData("floatingEvaluatorVersion", "evaluator")]
    [InlineData("noEvaluator", "evaluator")]
    [InlineData("unknownGoldenSet", "goldenSet")]
    [InlineData("unknownGoldenSetVersion", "goldenSetVersion")]
    [InlineData("malformedGoldenSetVersion", "goldenSetVersion")]
    [InlineData("metricNotDefined", "metrics")]
    [InlineData("metricMissing", "metrics")]
    [InlineData("unknownMetric", "metrics")]
    [InlineData("finishedBeforeStarted", "finishedAt")]
    [InlineData("noTimes", "startedAt")]
    public async Task Post_Refused_Is400NamingTheField_AndWritesNothing(string problem, string field)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync(EvaluationsUrl(key), Invalid(problem));

        await response.ExpectFieldErrorAsync(field);
        Assert.Equal(0, (await (await olivia.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task Post_WithoutAnEvaluatorVersion_SaysWhyNotebookResultsAreRefused()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);

        var response = await olivia.PostAsJsonAsync(EvaluationsUrl(key), Invalid("noEvaluatorVersion"));

        var problem = await response.ExpectFieldErrorAsync("evaluator");
        Assert.Contains("versioned evaluator", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_ByAModelOwnerWhoDoesNotOwnTheModel_Is403_AndByAComplianceOfficer_Succeeds()
    {
        var marcus = await host.ClientForAsync(PortalClients.Marcus);
        var priya = await host.ClientForAsync(PortalClients.Priya);
        var key = await NewModelWithGoldenSetAsync(await host.ClientForAsync(PortalClients.Olivia));

        var refused = await marcus.PostAsJsonAsync(EvaluationsUrl(key), Posted());
        var accepted = await priya.PostAsJsonAsync(EvaluationsUrl(key), Posted());

        await refused.ExpectProblemAsync(HttpStatusCode.Forbidden);
        var evaluation = await accepted.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Priya Raman", evaluation.GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task Post_ForAnUnknownVersion_Is404()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);

        var response = await olivia.PostAsJsonAsync(EvaluationsUrl(key, "9.9.9"), Posted());

        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private static JsonObject Invalid(string problem)
    {
        var body = Posted();
        switch (problem)
        {
            case "noEvaluatorVersion": body["evaluator"] = new JsonObject { ["name"] = "notebook" }; break;
            case "floatingEvaluatorVersion": body["evaluator"]!["version"] = "latest"; break;
            case "noEvaluator": body.Remove("evaluator"); break;
            case "unknownGoldenSet": body["goldenSet"] = "no-such-set"; break;
            case "unknownGoldenSetVersion": body["goldenSetVersion"] = Sha256("never uploaded"); break;
            case "malformedGoldenSetVersion": body["goldenSetVersion"] = "v1"; break;
            case "metricNotDefined": body["metrics"]!["rmse"] = 1.2; break;
            case "metricMissing": body["metrics"] = new JsonObject { ["accuracy"] = 0.9 }; break;
            case "unknownMetric": body["metrics"]!["vibes"] = 1; break;
            case "finishedBeforeStarted": body["finishedAt"] = "2026-11-01T09:00:00Z"; break;
            case "noTimes": body.Remove("startedAt"); body.Remove("finishedAt"); break;
        }
        return body;
    }
}
