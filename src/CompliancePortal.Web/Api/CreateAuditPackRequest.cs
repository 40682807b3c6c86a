namespace CompliancePortal.Web.Api;

/// <summary>Body of <c>POST /api/v1/audit-packs</c>: the model's key, optionally a version label and a range of days (UTC) for the audit events.</summary>
public sealed record CreateAuditPackRequest(string? ModelKey, string? Version, DateOnly? From, DateOnly? To);
