namespace CompliancePortal.Core.Approvals;

/// <summary>One period in production with the request and approvals behind it.</summary>
public sealed record ProductionPeriodView(
    string Version,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    Guid PromotionRequestId,
    PromotionKind Kind,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    double? ElapsedSeconds,
    IReadOnlyList<SignatureView> Approvals);
