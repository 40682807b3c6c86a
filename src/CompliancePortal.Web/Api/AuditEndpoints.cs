using CompliancePortal.Core.AuditLog;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit log").RequireAuthorization(PortalPolicies.ReadAuditLog);

        audit.MapGet("/verify", async (AuditLogReader reader, CancellationToken ct) =>
        {
            var result = await reader.VerifyAsync(ct);
            return new ChainVerificationResponse(result.Valid, result.CheckedEvents, result.FirstBadSequence, result.Reason, result.LastHash);
        }).WithSummary("Recompute the audit chain. ComplianceOfficer or Auditor.");

        audit.MapGet("/events", (AuditLogReader reader, string? actor, string? action, string? entityType, string? entityId, string? model,
                DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken ct) =>
            reader.SearchAsync(new AuditQuery(actor, action, entityType, entityId, model, from, to, page ?? 0, pageSize ?? 50), ct))
            .WithSummary("Search audit events, newest first. ComplianceOfficer or Auditor.");

        audit.MapGet("/events.csv", (AuditLogReader reader, string? actor, string? action, string? entityType, string? entityId, string? model,
                DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct) =>
            Results.Stream(output => AuditExport.WriteCsvAsync(reader.StreamAsync(new AuditQuery(actor, action, entityType, entityId, model, from, to), ct),
                output, ct), "text/csv; charset=utf-8", "audit-events.csv"))
            .WithSummary("Every event matching the filters, oldest first, as CSV (RFC 4180) with sequence, hashes, before and after.");

        audit.MapGet("/events.jsonl", (AuditLogReader reader, string? actor, string? action, string? entityType, string? entityId, string? model,
                DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct) =>
            Results.Stream(output => AuditExport.WriteJsonLinesAsync(reader.StreamAsync(new AuditQuery(actor, action, entityType, entityId, model, from, to), ct),
                output, ct), "application/jsonl", "audit-events.jsonl"))
            .WithSummary("Every event matching the filters, oldest first, as JSON Lines: one event object per line.");
    }
}
