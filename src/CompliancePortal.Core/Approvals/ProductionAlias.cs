using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Which version of a model serving systems should run now. Only a carried-out promotion request moves it, so every
/// value it ever had is backed by named approvals.
/// </summary>
public sealed class ProductionAlias
{
    private ProductionAlias() { }

    public Guid ModelId { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public string VersionLabel { get; private set; } = "";

    public DateTimeOffset Since { get; private set; }

    public Guid PromotionRequestId { get; private set; }

    /// <summary>Optimistic-concurrency token: two promotions racing cannot both move the alias.</summary>
    public int Revision { get; private set; }

    internal static ProductionAlias Point(ModelVersion version, PromotionRequest request, DateTimeOffset at) => new()
    {
        ModelId = version.ModelId,
        ModelVersionId = version.Id,
        VersionLabel = version.Label,
        Since = at,
        PromotionRequestId = request.Id,
        Revision = 1,
    };

    internal void MoveTo(ModelVersion version, PromotionRequest request, DateTimeOffset at)
    {
        (ModelVersionId, VersionLabel, Since, PromotionRequestId) = (version.Id, version.Label, at, request.Id);
        Revision++;
    }

    public object Snapshot() => new { ModelId, ModelVersionId, VersionLabel, Since, PromotionRequestId, Revision };
}
