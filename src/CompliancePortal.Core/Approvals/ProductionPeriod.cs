namespace CompliancePortal.Core.Approvals;

/// <summary>One span of time a version was the model's production version, and the request that put it there.</summary>
public sealed class ProductionPeriod
{
    private ProductionPeriod() { }

    public Guid Id { get; private set; }

    public Guid ModelId { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public string VersionLabel { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public Guid PromotionRequestId { get; private set; }

    public bool IsCurrent => EndedAt is null;

    internal static ProductionPeriod Begin(PromotionRequest request, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ModelId = request.ModelId,
        ModelVersionId = request.ModelVersionId,
        VersionLabel = request.VersionLabel,
        StartedAt = at,
        PromotionRequestId = request.Id,
    };

    internal void End(DateTimeOffset at) => EndedAt = at;

    public object Snapshot() => new { Id, ModelId, ModelVersionId, VersionLabel, StartedAt, EndedAt, PromotionRequestId };
}
