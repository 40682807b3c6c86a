using System.Security.Claims;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Lineage.Dvc;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>OpenLineage in, Marquez-style: POST an event, get 201 with an empty body, or a 4xx naming what is wrong.</summary>
public static class OpenLineageEndpoints
{
    public const int MaxEventBytes = 4 * 1024 * 1024;

    public static void MapOpenLineageEndpoints(this RouteGroupBuilder api)
    {
        var lineage = api.MapGroup("/lineage").WithTags("Lineage");
        lineage.MapPost("/", async (HttpRequest request, LineageIngestion ingestion, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var body = await RequestBodies.ReadAsync(request, MaxEventBytes, "an OpenLineage event", ct, gzip: true);
            await ingestion.ReceiveAsync(user.ToActor(), body, ct);
            return TypedResults.Created();
        }).Accepts<object>("application/json")
            .WithSummary("Receive an OpenLineage RunEvent, DatasetEvent or JobEvent (spec 2-0-x). ModelOwner or Administrator token.");

        lineage.MapPost("/dvc", (DvcImportRequest r, DvcImport import, ClaimsPrincipal user, CancellationToken ct) =>
                import.ImportAsync(user.ToActor(), r.Repository ?? "", r.Commit ?? "", r.LockFile ?? "", ct))
            .WithSummary("Import a dvc.lock (schema 2.0) with its repository URL and commit: stages become jobs and runs, deps and outs dataset versions.");

        lineage.MapGet("/runs/{runId:guid}", (Guid runId, LineageQueries queries, CancellationToken ct) => queries.GetRunAsync(runId, ct))
            .WithSummary("A run merged from its events: state, times, code commit, facets, dataset versions read and written.");
        lineage.MapPost("/runs/{runId:guid}/model-version", async (Guid runId, LinkRunRequest r, LineageLinks links, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            await links.LinkAsync(user.ToActor(), runId, r.Model ?? "", r.Version ?? "", ct);
            return TypedResults.NoContent();
        }).WithSummary("Link a training run to the model version it produced (the model's owner or an administrator).");
        lineage.MapGet("/datasets", (string @namespace, string name, LineageQueries queries, CancellationToken ct) =>
            queries.GetDatasetAsync(@namespace, name, ct)).WithSummary("An observed dataset by OpenLineage namespace and name, with its versions.");
        lineage.MapGet("/jobs", (string @namespace, string name, LineageQueries queries, CancellationToken ct) =>
            queries.GetJobAsync(@namespace, name, ct)).WithSummary("An observed job by OpenLineage namespace and name, with its facets.");
    }
}
