using System.Security.Claims;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>
/// Promotions for pipelines and serving systems: readiness, drift thresholds, the reproducibility check, creating
/// requests (never approving them: signatures are given in the portal, with a fresh authentication), and the production alias.
/// </summary>
public static class PromotionEndpoints
{
    public static void MapPromotionEndpoints(this RouteGroupBuilder api)
    {
        var version = api.MapGroup("/models/{key}/versions/{version}").WithTags("Promotions");

        version.MapGet("/readiness", (string key, string version, PromotionQueries queries, CancellationToken ct) =>
            queries.ReadinessAsync(key, version, ct)).WithSummary("The readiness checklist: every promotion gate with pass/fail and why.");

        version.MapGet("/drift-policy", async Task<IResult> (string key, string version, DriftPolicyService service, CancellationToken ct) =>
            await service.GetAsync(key, version, ct) is { } p
                ? TypedResults.Ok(DriftPolicyResponse.From(p))
                : ModelsEndpoints.NotFound($"{key} {version} has no drift thresholds yet."))
            .WithSummary("The version's drift thresholds.");

        version.MapPut("/drift-policy", async (string key, string version, DefineDriftPolicyRequest r, DriftPolicyService service, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            if (r.Revision is null)
            {
                throw Field("revision", "revision is required: 0 for a first definition, else the revision you read, so a concurrent edit is not overwritten.");
            }
            return DriftPolicyResponse.From(await service.DefineAsync(user.ToActor(), key, version, r.Thresholds ?? [], r.Revision.Value, ct));
        }).WithSummary("Define the drift thresholds: [{monitored, method: Psi | KolmogorovSmirnov | MetricDrop, warning, critical}]. Owner or compliance officer.");

        version.MapPost("/reproducibility-checks", async (string key, string version, ReproducibilityService service, ClaimsPrincipal user,
            CancellationToken ct) => ReproducibilityCheckView.From(await service.CheckAsync(user.ToActor(), key, version, ct)))
            .WithSummary("Run the reproducibility check now: pins present; file:// and allowed http(s) artifacts and datasets re-hashed. Recorded either way.");

        version.MapPost("/promotion-requests", async (string key, string version, CreatePromotionRequest r, PromotionService service,
            PromotionQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var request = await service.RequestAsync(user.ToActor(), key, version,
                new PromotionSubmission(r.TargetStage ?? ModelStage.Production, r.Rationale, r.PreviousVersionStage ?? ModelStage.Staging), ct);
            return TypedResults.Created($"/api/v1/promotion-requests/{request.Id}", await queries.RequestAsync(request.Id, ct));
        }).WithSummary("Request a promotion with a frozen evidence snapshot. Never approves: a compliance officer signs in the portal. Owner only.");

        var model = api.MapGroup("/models/{key}").WithTags("Promotions");

        model.MapGet("/production", async Task<IResult> (string key, PromotionQueries queries, CancellationToken ct) =>
            await queries.ProductionAsync(key, ct) is { } p
                ? TypedResults.Ok(p)
                : ModelsEndpoints.NotFound($"{key} has no version in production yet."))
            .WithSummary("The production version for serving systems: label, artifact URI and SHA-256, since when, approved by. Switches need no redeployment.");

        model.MapGet("/production/history", (string key, PromotionQueries queries, CancellationToken ct) => queries.HistoryAsync(key, ct))
            .WithSummary("Which version was in production over which period, newest first, with the approvals behind each.");

        model.MapGet("/promotion-requests", (string key, PromotionQueries queries, CancellationToken ct) => queries.RequestsAsync(key, ct))
            .WithSummary("The model's promotion and rollback requests, newest first.");

        model.MapPost("/rollback-requests", async (string key, CreateRollbackRequest r, PromotionService service, PromotionQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(r.Version))
            {
                throw Field("version", "version is required: the label of a version that was in production before.");
            }
            var request = await service.RequestRollbackAsync(user.ToActor(), key, r.Version.Trim(),
                new PromotionSubmission(ModelStage.Production, r.Rationale, r.PreviousVersionStage ?? ModelStage.Retired), ct);
            return TypedResults.Created($"/api/v1/promotion-requests/{request.Id}", await queries.RequestAsync(request.Id, ct));
        }).WithSummary("Request an expedited rollback to a version that was in production before: its gates as they stood then, one approval, a CAB follow-up.");

        var requests = api.MapGroup("/promotion-requests").WithTags("Promotions");

        requests.MapGet("/", (PromotionQueries queries, CancellationToken ct) => queries.PendingAsync(ct))
            .WithSummary("Every pending request, oldest first.");

        requests.MapGet("/{id:guid}", (Guid id, PromotionQueries queries, CancellationToken ct) => queries.RequestAsync(id, ct))
            .WithSummary("One request: status, frozen evidence, the evidence now, and every signature.");
    }

    private static ValidationFailedException Field(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
