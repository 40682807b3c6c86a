using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Revalidation;

/// <summary>One revalidation on the calendar: a model's next due date, or a review already signed off.</summary>
public sealed record RevalidationCalendarItem(
    Guid ModelId,
    string ModelKey,
    string ModelName,
    RiskTier RiskTier,
    Guid OwnerId,
    string? OwnerName,
    DateTimeOffset DueAt,
    RevalidationStatus Status,
    Guid? ReviewId,
    RevalidationOutcome? Outcome);
