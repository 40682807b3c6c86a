namespace CompliancePortal.Core.AuditLog;

/// <summary>Filters for the audit log; all optional, combined with AND.</summary>
public sealed record AuditQuery(
    string? Actor = null,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    string? ModelKey = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 0,
    int PageSize = 50);
