using System.Security.Claims;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

public static class ModelsEndpoints
{
    public static void MapModelsEndpoints(this RouteGroupBuilder api)
    {
        var models = api.MapGroup("/models").WithTags("Models");

        models.MapGet("/", async (ModelQueries queries, string? search, string? sort, bool? desc, int? page, int? pageSize, bool? mine,
                ClaimsPrincipal user, CancellationToken ct) =>
            await queries.ListAsync(new PageRequest(page ?? 0, pageSize ?? 25, search, sort, desc ?? false), mine == true ? user.PersonId() : null, ct))
            .WithSummary("List models with search, sort (key, name, riskTier, owner, updated) and paging (zero-based).");

        models.MapPost("/", async (CreateModelRequest r, ModelRegistry registry, ModelQueries queries, ModelDetailsBinder binder,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var details = await binder.ToDetailsAsync(r.Name, r.Purpose, r.BusinessUse, r.RiskTier, r.Owner, r.BackupOwner, r.CadenceOverrideMonths,
                r.CadenceOverrideReason, ct);
            var key = await registry.CreateAsync(user.ToActor(), r.Key ?? "", details, ct);
            return TypedResults.Created($"/api/v1/models/{key}", ModelResponse.From((await queries.GetAsync(key, ct))!));
        }).WithSummary("Register a model. Requires the ModelOwner role; owner and backup owner are e-mails of people known to the portal.");

        models.MapGet("/{key}", async Task<IResult> (string key, ModelQueries queries, CancellationToken ct) =>
            await queries.GetAsync(key, ct) is { } m ? TypedResults.Ok(ModelResponse.From(m)) : NotFound($"There is no model with the key '{key}'."))
            .WithSummary("One model's registry entry.");

        models.MapPut("/{key}", async (string key, UpdateModelRequest r, ModelRegistry registry, ModelQueries queries, ModelDetailsBinder binder,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (r.Revision is null)
            {
                throw new ValidationFailedException(new Dictionary<string, string[]>
                {
                    ["revision"] = ["revision is required: send the revision you read with GET, so a concurrent edit is not overwritten."],
                });
            }
            var details = await binder.ToDetailsAsync(r.Name, r.Purpose, r.BusinessUse, r.RiskTier, r.Owner, r.BackupOwner, r.CadenceOverrideMonths,
                r.CadenceOverrideReason, ct);
            await registry.UpdateAsync(user.ToActor(), key, details, r.Revision.Value, ct);
            return TypedResults.Ok(ModelResponse.From((await queries.GetAsync(key, ct))!));
        }).WithSummary("Edit a model. Only its owner or backup owner; a stale revision is refused with 409.");

        models.MapGet("/{key}/versions", async Task<IResult> (string key, ModelQueries queries, string? search, string? sort, bool? desc, int? page,
            int? pageSize, CancellationToken ct) =>
        {
            if (await queries.GetAsync(key, ct) is null)
            {
                return NotFound($"There is no model with the key '{key}'.");
            }
            return TypedResults.Ok(await queries.ListVersionsAsync(key, new PageRequest(page ?? 0, pageSize ?? 25, search, sort, desc ?? false), ct));
        }).WithSummary("List a model's versions, newest first by default (sort: label, stage, registered).");

        models.MapPost("/{key}/versions", async (string key, RegisterVersionRequest r, ModelRegistry registry, ModelQueries queries,
            ModelDetailsBinder binder, LineageResolver lineage, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var registration = await binder.ToRegistrationAsync(r, lineage, ct);
            var label = await registry.RegisterVersionAsync(user.ToActor(), key, registration, ct);
            return TypedResults.Created($"/api/v1/models/{key}/versions/{Uri.EscapeDataString(label)}", await queries.GetVersionAsync(key, label, ct));
        }).WithSummary("Register an immutable model version with its pins and the dataset versions it was trained on (dataset-key@label).");

        models.MapGet("/{key}/versions/{version}", async Task<IResult> (string key, string version, ModelQueries queries, CancellationToken ct) =>
            await queries.GetVersionAsync(key, version, ct) is { } v ? TypedResults.Ok(v) : NotFound($"Model '{key}' has no version '{version}'."))
            .WithSummary("One model version with its pins and datasets.");
    }

    internal static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: 404, title: "Not found");
}
