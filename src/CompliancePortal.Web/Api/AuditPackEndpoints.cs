using System.Security.Claims;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.AuditPacks;

namespace CompliancePortal.Web.Api;

/// <summary>Signed PDF audit packs: requested here, generated in the background, then downloaded byte for byte as stored.</summary>
public static class AuditPackEndpoints
{
    public static void MapAuditPackEndpoints(this RouteGroupBuilder api)
    {
        var packs = api.MapGroup("/audit-packs").WithTags("Audit packs").RequireAuthorization(PortalPolicies.ReadAuditLog);

        packs.MapPost("/", async (CreateAuditPackRequest body, IAuditPackRequests requests, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var pack = await requests.RequestAsync(user.ToActor(), new AuditPackRequest(body.ModelKey, body.Version, body.From, body.To), ct);
            return Results.Accepted($"/api/v1/audit-packs/{pack.Id}", pack);
        }).WithSummary("Generate an audit pack for {modelKey, version?, from?, to?}; answers 202 with the pack's id. ComplianceOfficer or Auditor.");

        packs.MapGet("/", (string? model, AuditPackQueries queries, CancellationToken ct) => queries.ListAsync(model, 100, ct))
            .WithSummary("The latest audit packs, newest first, optionally of one model (?model=key).");

        packs.MapGet("/{id:guid}", (Guid id, AuditPackQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .WithSummary("A pack's status (Queued, Generating, Ready, Failed), progress, and once ready its SHA-256, size, pages and signer.");

        packs.MapGet("/{id:guid}/pdf", async (Guid id, AuditPackQueries queries, CancellationToken ct) =>
        {
            var (pack, pdf) = await queries.PdfAsync(id, ct);
            return Results.File(pdf, "application/pdf", pack.FileName);
        }).WithSummary("The signed PDF, exactly as generated. 409 while the pack is not ready.");
    }
}
