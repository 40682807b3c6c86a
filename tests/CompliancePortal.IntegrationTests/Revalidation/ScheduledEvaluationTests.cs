using System.Net;
using System.Text.Json;
using CompliancePortal.IntegrationTests.Evaluation;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.Time.Testing;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;

namespace CompliancePortal.IntegrationTests.Revalidation;

/// <summary>
/// The revalidation job has the production version evaluated by the portal itself, and the result lands on the review.
/// The production stage is set in the database here: promotion (which sets it in the product) is another feature's job.
/// </summary>
public abstract class ScheduledEvaluationTests(PortalHost host, FakeTimeProvider clock)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
    private readonly RevalidationDriver _driver = new(host, clock);

    [Fact]
    public async Task Job_ForADueModelWithAnOnnxProductionVersion_EvaluatesItOnce_AndAttachesTheResultToTheReview()
    {
        string key;
        using (var olivia = await _driver.ClientAsync(PortalClients.Olivia))
        {
            key = await DemoOnnxModel.CreateAsync(olivia);
        }
        await PutInProductionAsync(key, "1.0.0");
        await _driver.PassDueDateAsync(key);

        await _driver.RunJobAsync();
        await _driver.RunJobAsync();
        var review = await WaitForEvaluationAsync(key);

        using var priya = await _driver.ClientAsync(PortalClients.Priya);
        var evaluation = Assert.Single((await (await priya.GetAsync(EvaluationsUrl(key))).ExpectAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(evaluation.GetProperty("id").GetString(), review.GetProperty("evaluationRunId").GetString());
        Assert.Equal("Schedule", evaluation.GetProperty("trigger").GetString());
        Assert.Equal("portal-onnx", evaluation.GetProperty("evaluatorName").GetString());
        Assert.Equal(DemoOnnxModel.ArtifactSha256, evaluation.GetProperty("artifactSha256").GetString());
        Assert.True(evaluation.GetProperty("passed").GetBoolean());
        Assert.Equal("1.0.0", review.GetProperty("productionVersionLabel").GetString());
        var audit = await _driver.AuditTrailAsync();
        await audit.SequenceOfAsync("revalidation.evaluation-attached", key);
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Job_ForADueModelWithNoProductionVersion_RecordsWhyNoEvaluationRan()
    {
        var key = await _driver.NewModelAsync();
        await _driver.PassDueDateAsync(key);
        var audit = await _driver.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        await _driver.RunJobAsync();

        var review = Assert.Single(await _driver.ReviewsAsync(key));
        Assert.Equal(JsonValueKind.Null, review.GetProperty("evaluationRunId").ValueKind);
        var note = Assert.Single(await audit.EventsAfterAsync(mark),
            e => e.GetProperty("action").GetString() == "revalidation.evaluation-not-run" && e.GetProperty("modelKey").GetString() == key);
        Assert.Contains("has no version in Production", note.GetProperty("after").GetRawText());
    }

    private Task PutInProductionAsync(string key, string label) => host.ExecuteSqlAsync($"""
        UPDATE "ModelVersions" SET "Stage" = 'Production'
        WHERE "Label" = '{label}' AND "ModelId" = (SELECT "Id" FROM "Models" WHERE "Key" = '{key}')
        """);

    private async Task<JsonElement> WaitForEvaluationAsync(string key)
    {
        var deadline = DateTime.UtcNow + MaxWait;
        while (true)
        {
            var review = Assert.Single(await _driver.ReviewsAsync(key));
            if (review.GetProperty("evaluationRunId").ValueKind == JsonValueKind.String)
            {
                return review;
            }
            Assert.True(DateTime.UtcNow < deadline, $"No evaluation was attached to the review of {key} within {MaxWait.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }
}
