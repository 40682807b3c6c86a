using System.Text.Json;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.AuditLog;

/// <summary>Collects the audit events of one change; they are chained and saved in the change's own transaction.</summary>
public sealed class AuditRecorder(Actor actor, DateTimeOffset at)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    private readonly List<PendingAuditEvent> _pending = [];

    public Actor Actor { get; } = actor;

    public DateTimeOffset At { get; } = at;

    public IReadOnlyList<PendingAuditEvent> Pending => _pending;

    public void Record(string action, string entityType, string entityId, object? before, object? after, string? modelKey = null) =>
        RecordAs(Actor, action, entityType, entityId, before, after, modelKey);

    /// <summary>Records an event whose actor is known only during the change, such as a person signing in for the first time.</summary>
    public void RecordAs(Actor actor, string action, string entityType, string entityId, object? before, object? after, string? modelKey = null) =>
        _pending.Add(new PendingAuditEvent(At, actor.PersonId, actor.DisplayName, action, entityType, entityId, modelKey,
            Serialize(before), Serialize(after)));

    private static string? Serialize(object? snapshot) =>
        snapshot is null ? null : JsonSerializer.Serialize(snapshot, snapshot.GetType(), SnapshotJson);
}
