namespace CompliancePortal.Core.AuditLog;

/// <summary>An audit event recorded during a change, waiting to be chained when the change commits.</summary>
public sealed record PendingAuditEvent(
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    string ActorName,
    string Action,
    string EntityType,
    string EntityId,
    string? ModelKey,
    string? Before,
    string? After);
