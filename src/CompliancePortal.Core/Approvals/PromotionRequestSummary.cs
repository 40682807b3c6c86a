namespace CompliancePortal.Core.Approvals;

public sealed record PromotionRequestSummary(
    Guid Id,
    string ModelKey,
    string VersionLabel,
    PromotionKind Kind,
    PromotionState State,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    int RequiredApprovals,
    int Approvals,
    double? ElapsedSeconds)
{
    public static PromotionRequestSummary From(PromotionRequest r) => new(r.Id, r.ModelKey, r.VersionLabel, r.Kind, r.State, r.RequestedByName,
        r.RequestedAt, r.RequiredApprovals, r.CountedApprovals, r.Elapsed?.TotalSeconds);
}
