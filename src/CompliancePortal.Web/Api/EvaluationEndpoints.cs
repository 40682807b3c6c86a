using System.Security.Claims;
using System.Text.Json;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.Evaluation;

namespace CompliancePortal.Web.Api;

/// <summary>
/// Evaluation evidence: a model's golden sets and their content-addressed versions, and the evaluations stored with
/// each model version. Posted results are judged by the portal against the golden set's thresholds.
/// </summary>
public static class EvaluationEndpoints
{
    public static void MapEvaluationEndpoints(this RouteGroupBuilder api)
    {
        var model = api.MapGroup("/models/{key}").WithTags("Evaluation");

        model.MapGet("/golden-sets", (string key, EvaluationQueries queries, CancellationToken ct) => queries.GoldenSetsAsync(key, ct))
            .WithSummary("The model's golden sets with their metrics, thresholds and current version.");

        model.MapPost("/golden-sets", async (string key, CreateGoldenSetRequest r, GoldenSetService goldenSets, EvaluationQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var name = await goldenSets.RegisterAsync(user.ToActor(), key, r.ToDefinition(), ct);
            return TypedResults.Created($"/api/v1/models/{key}/golden-sets/{Uri.EscapeDataString(name)}", await queries.GoldenSetAsync(key, name, ct));
        }).WithSummary("Register a golden set: name, label column, feature columns and metrics with pass thresholds. Owner, backup owner or compliance officer.");

        model.MapGet("/golden-sets/{name}", (string key, string name, EvaluationQueries queries, CancellationToken ct) =>
            queries.GoldenSetAsync(key, name, ct)).WithSummary("One golden set.");

        model.MapPost("/golden-sets/{name}/versions", async Task<IResult> (string key, string name, HttpContext http, GoldenSetService goldenSets,
            EvaluationQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var actor = user.ToActor();
            int number;
            if (http.Request.HasJsonContentType())
            {
                var r = await ReadJsonAsync<RegisterGoldenSetUriRequest>(http.Request, ct);
                number = await goldenSets.RegisterUriVersionAsync(actor, key, name, r?.Uri, r?.Sha256, ct);
            }
            else if (IsCsv(http.Request))
            {
                var csv = await RequestBodies.ReadAsync(http.Request, GoldenSetVersion.MaxUploadBytes, "a golden-set upload", ct);
                number = await goldenSets.UploadVersionAsync(actor, key, name, csv, ct);
            }
            else
            {
                return TypedResults.Problem("Send the golden set as text/csv, or register it with application/json {\"uri\", \"sha256\"}.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type; nothing was changed.");
            }
            return TypedResults.Created($"/api/v1/models/{key}/golden-sets/{Uri.EscapeDataString(name)}/versions/{number}",
                await queries.VersionAsync(key, name, number, ct));
        }).WithSummary("Add a version: a CSV body (text/csv, at most 20 MB) or JSON {uri, sha256}. The same content as the current version is refused with 409.");

        model.MapGet("/golden-sets/{name}/versions", (string key, string name, EvaluationQueries queries, CancellationToken ct) =>
            queries.VersionsAsync(key, name, ct)).WithSummary("The golden set's versions, newest first, with their SHA-256.");

        model.MapGet("/golden-sets/{name}/versions/{number:int}", (string key, string name, int number, EvaluationQueries queries,
            CancellationToken ct) => queries.VersionAsync(key, name, number, ct)).WithSummary("One golden-set version.");

        model.MapPost("/versions/{version}/evaluations", async (string key, string version, PostedEvaluation r, EvaluationService evaluations,
            EvaluationQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var id = await evaluations.RecordPostedAsync(user.ToActor(), key, version, r, ct);
            return TypedResults.Created($"/api/v1/models/{key}/versions/{Uri.EscapeDataString(version)}/evaluations/{id}",
                await queries.EvaluationAsync(key, version, id, ct));
        }).WithSummary("Post an external harness's results: goldenSet, goldenSetVersion (SHA-256), evaluator {name, version}, metrics {kind: value}, "
            + "startedAt, finishedAt. The portal judges each metric against the golden set's thresholds.");

        model.MapGet("/versions/{version}/evaluations", (string key, string version, EvaluationQueries queries, CancellationToken ct) =>
            queries.EvaluationsAsync(key, version, ct)).WithSummary("The version's evaluations, newest first, portal-run and posted.");

        model.MapPost("/versions/{version}/evaluations/run", async (string key, string version, RunEvaluationRequest r, EvaluationJobs jobs,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var actor = user.ToActor();
            var jobId = await jobs.EnqueueAsync(actor, r.ToJobArguments(key, version, actor), ct);
            return TypedResults.Accepted($"/api/v1/models/{key}/versions/{Uri.EscapeDataString(version)}/evaluations/jobs/{jobId}",
                new { JobId = jobId });
        }).WithSummary("Run an evaluation in the background: goldenSet, goldenSetVersion (number, optional), evaluator {kind: \"onnx\"} or {kind: \"mlflow\", "
            + "endpoint, name, version}. Returns 202 with the job id to poll. Owner, backup owner or compliance officer.");

        model.MapGet("/versions/{version}/evaluations/jobs/{jobId}", (string key, string version, string jobId, EvaluationJobs jobs) =>
            jobs.Status(key, version, jobId)).WithSummary("Where a background evaluation stands: enqueued, processing, succeeded (with the "
            + "evaluation id) or failed (with the reason; nothing was recorded).");

        model.MapGet("/versions/{version}/evaluations/{id:guid}", (string key, string version, Guid id, EvaluationQueries queries,
            CancellationToken ct) => queries.EvaluationAsync(key, version, id, ct)).WithSummary("One evaluation.");
    }

    private static bool IsCsv(HttpRequest request) =>
        request.ContentType?.Split(';')[0].Trim() is { } type
        && (type.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || type.Equals("application/csv", StringComparison.OrdinalIgnoreCase));

    private static async Task<T?> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(ct);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The JSON body could not be read.", StatusCodes.Status400BadRequest, e);
        }
    }
}
