using System.Security.Claims;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>The minimal lineage catalogue: source systems, datasets and dataset versions.</summary>
public static class LineageEndpoints
{
    public static void MapLineageEndpoints(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/source-systems").WithTags("Lineage");
        sources.MapGet("/", (LineageCatalog catalog, CancellationToken ct) => catalog.ListSourceSystemsAsync(ct))
            .WithSummary("List source systems.");
        sources.MapPost("/", async (CreateSourceSystemRequest r, LineageCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await catalog.CreateSourceSystemAsync(user.ToActor(), r.Key ?? "", r.Name ?? "", r.Kind ?? "", r.Description, ct);
            return TypedResults.Created($"/api/v1/source-systems/{created.Key}", created);
        }).WithSummary("Register a source system (ModelOwner or Administrator).");

        sources.MapPut("/{key}/description", (string key, CreateSourceSystemRequest r, LineageCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
                catalog.DescribeSourceSystemAsync(user.ToActor(), key, r.Name ?? "", r.Kind ?? "", r.Description ?? "", ct))
            .WithSummary("Describe a source system first observed from a pipeline: name, kind and what it holds (ModelOwner or Administrator).");

        var datasets = api.MapGroup("/datasets").WithTags("Lineage");
        datasets.MapGet("/", (LineageCatalog catalog, string? sourceSystem, CancellationToken ct) => catalog.ListDatasetsAsync(sourceSystem, ct))
            .WithSummary("List datasets, optionally of one source system.");
        datasets.MapPost("/", async (CreateDatasetRequest r, LineageCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await catalog.CreateDatasetAsync(user.ToActor(), r.Key ?? "", r.Name ?? "", r.SourceSystem ?? "", r.Description, ct);
            return TypedResults.Created($"/api/v1/datasets/{created.Key}", created);
        }).WithSummary("Register a dataset drawn from a source system (ModelOwner or Administrator).");
        datasets.MapGet("/{key}/versions", (string key, LineageCatalog catalog, CancellationToken ct) => catalog.ListVersionsAsync(key, ct))
            .WithSummary("List a dataset's captured versions, newest first.");
        datasets.MapPost("/{key}/versions", async (string key, CaptureDatasetVersionRequest r, LineageCatalog catalog, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            var capture = new DatasetVersionCapture(r.Label ?? "", r.Uri ?? "", r.ContentHash ?? "", r.RowCount, r.SchemaHash, r.CapturedAt);
            var created = await catalog.CaptureVersionAsync(user.ToActor(), key, capture, ct);
            return TypedResults.Created($"/api/v1/datasets/{key}/versions/{created.Label}", created);
        }).WithSummary("Record an immutable dataset version (URI, SHA-256 content hash, row count, schema hash).");
    }
}
