using System.Security.Claims;
using CompliancePortal.Core.Lineage.Graph;
using CompliancePortal.Core.Lineage.Predictions;
using CompliancePortal.Core.Lineage.Trace;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>The lineage graph for other tools, prediction logging for serving systems, and the trace from a prediction back to the raw data.</summary>
public static class LineageGraphEndpoints
{
    public static void MapLineageGraphEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/lineage", (string nodeId, int? depth, int? maxNodes, DateTimeOffset? asOf, LineageGraphQueries graph, CancellationToken ct) =>
                graph.NeighbourhoodAsync(new GraphRequest(nodeId, depth ?? 2, maxNodes ?? GraphRequest.DefaultMaxNodes, asOf), ct))
            .WithTags("Lineage")
            .WithSummary($"The graph around a node, upstream and downstream to a depth (1–{GraphRequest.MaxDepth}), as it stood at asOf (default now).");
        api.MapGet("/lineage/search", (string q, LineageGraphQueries graph, CancellationToken ct) => graph.SearchAsync(q, ct: ct))
            .WithTags("Lineage").WithSummary("Start nodes whose name contains q: source systems, datasets, jobs, model versions; a prediction or run by id.");
        api.MapGet("/models/{key}/versions/{version}/lineage", (string key, string version, LineageTracer tracer, CancellationToken ct) =>
                tracer.VersionLineageAsync(key, version, ct))
            .WithTags("Lineage").WithSummary("A version's lineage back to the source systems, with its gaps.");

        var predictions = api.MapGroup("/predictions").WithTags("Predictions");
        predictions.MapPost("/", (PredictionBatchRequest r, PredictionLog log, ClaimsPrincipal user, CancellationToken ct) =>
                log.LogAsync(user.ToActor(), r.ToEntries(), ct))
            .WithSummary($"Log a batch of up to {PredictionLog.MaxBatch} predictions (id, model key, version, time, input SHA-256, source records).");
        predictions.MapGet("/{predictionId}/trace", async (string predictionId, bool? download, LineageTracer tracer, HttpContext http, CancellationToken ct) =>
        {
            var trace = await tracer.TraceAsync(predictionId, ct);
            if (download == true)
            {
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"trace-{Sanitize(predictionId)}.json\"";
            }
            return trace;
        }).WithSummary("The path back from a prediction: model version, training runs, dataset versions and source systems, with hashes.");
    }

    private static string Sanitize(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(100).ToArray());
}
