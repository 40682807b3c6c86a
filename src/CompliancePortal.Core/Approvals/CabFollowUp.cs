namespace CompliancePortal.Core.Approvals;

/// <summary>
/// An item for the change-advisory board's next review, raised automatically by a rollback: the expedited path skips
/// the CAB, so the board looks at it afterwards. The CAB feature closes it.
/// </summary>
public sealed class CabFollowUp
{
    private CabFollowUp() { }

    public Guid Id { get; private set; }

    public Guid ModelId { get; private set; }

    public string ModelKey { get; private set; } = "";

    public Guid PromotionRequestId { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    internal static CabFollowUp ForRollback(PromotionRequest rollback, string fromLabel, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ModelId = rollback.ModelId,
        ModelKey = rollback.ModelKey,
        PromotionRequestId = rollback.Id,
        Reason = $"Rollback of {rollback.ModelKey} from {fromLabel} to {rollback.VersionLabel} on the expedited path; review at the next CAB meeting.",
        RaisedAt = at,
    };

    /// <summary>The board has reviewed the rollback.</summary>
    internal void Close(DateTimeOffset at) => ClosedAt ??= at;

    public object Snapshot() => new { Id, ModelId, ModelKey, PromotionRequestId, Reason, RaisedAt, ClosedAt };
}
