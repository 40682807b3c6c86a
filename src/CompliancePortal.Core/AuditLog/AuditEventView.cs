namespace CompliancePortal.Core.AuditLog;

public sealed record AuditEventView(long Sequence, DateTimeOffset OccurredAt, Guid? ActorId, string ActorName, string Action, string EntityType,
    string EntityId, string? ModelKey, string? Before, string? After, string PreviousHash, string Hash);
