using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Revalidation;

/// <summary>One model's revalidation schedule with where it stands now.</summary>
/// <param name="OpenReviewId">The review waiting for signatures, if one is open.</param>
/// <param name="AlertReviewId">The failed review behind the model's alert; null when the model has no alert.</param>
public sealed record RevalidationScheduleView(
    string ModelKey,
    string ModelName,
    RiskTier RiskTier,
    Guid OwnerId,
    string? OwnerName,
    RevalidationCadence Cadence,
    DateTimeOffset BaselineAt,
    DateTimeOffset? LastSignedOffAt,
    DateTimeOffset DueAt,
    int DaysUntilDue,
    RevalidationStatus Status,
    Guid? OpenReviewId,
    bool HasAlert,
    Guid? AlertReviewId);
