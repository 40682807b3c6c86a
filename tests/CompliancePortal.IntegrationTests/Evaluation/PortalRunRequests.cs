using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>Asking the portal to run an evaluation, and waiting for the background job.</summary>
public static class PortalRunRequests
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public static string RunUrl(string key, string version = "1.0.0") => $"{EvaluationsUrl(key, version)}/run";

    public static JsonObject Run(string endpoint, string goldenSet = Name) => new()
    {
        ["goldenSet"] = goldenSet,
        ["evaluator"] = new JsonObject { ["kind"] = "mlflow", ["endpoint"] = endpoint, ["name"] = "credit-scorer", ["version"] = "9b3e2d1" },
    };

    public static JsonObject RunOnnx(string goldenSet) => new() { ["goldenSet"] = goldenSet, ["evaluator"] = new JsonObject { ["kind"] = "onnx" } };

    /// <summary>Polls the job until it succeeded or failed, for at most 30 seconds, and returns its last status.</summary>
    public static async Task<JsonElement> WaitForJobAsync(HttpClient client, string key, string jobId, string version = "1.0.0")
    {
        var deadline = DateTime.UtcNow + MaxWait;
        while (true)
        {
            var status = await (await client.GetAsync($"{EvaluationsUrl(key, version)}/jobs/{jobId}")).ExpectAsync(HttpStatusCode.OK);
            if (status.GetProperty("state").GetString() is "succeeded" or "failed" || DateTime.UtcNow > deadline)
            {
                return status;
            }
            await Task.Delay(200);
        }
    }
}
