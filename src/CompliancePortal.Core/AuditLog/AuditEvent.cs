namespace CompliancePortal.Core.AuditLog;

/// <summary>
/// One append-only entry of the tamper-evident chain. Its <see cref="Hash"/> covers every other field and the
/// previous event's hash, so changing, removing or reordering any stored event breaks verification from there on.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent() { }

    public long Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>A stable dotted name such as <c>model.created</c>.</summary>
    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>Model key the event belongs to, when it belongs to one; lets the log be filtered per model.</summary>
    public string? ModelKey { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    internal static AuditEvent Chain(PendingAuditEvent pending, long sequence, string previousHash)
    {
        var e = new AuditEvent
        {
            Sequence = sequence,
            OccurredAt = AuditHasher.Truncate(pending.OccurredAt),
            ActorId = pending.ActorId,
            ActorName = pending.ActorName,
            Action = pending.Action,
            EntityType = pending.EntityType,
            EntityId = pending.EntityId,
            ModelKey = pending.ModelKey,
            Before = pending.Before,
            After = pending.After,
            PreviousHash = previousHash,
        };
        e.Hash = AuditHasher.Compute(e);
        return e;
    }

    /// <summary>Rebuilds an event exactly as stored; for verification tests that simulate tampering.</summary>
    internal static AuditEvent Restore(long sequence, DateTimeOffset occurredAt, Guid? actorId, string actorName, string action,
        string entityType, string entityId, string? modelKey, string? before, string? after, string previousHash, string hash) =>
        new()
        {
            Sequence = sequence, OccurredAt = occurredAt, ActorId = actorId, ActorName = actorName, Action = action,
            EntityType = entityType, EntityId = entityId, ModelKey = modelKey, Before = before, After = after,
            PreviousHash = previousHash, Hash = hash,
        };
}
