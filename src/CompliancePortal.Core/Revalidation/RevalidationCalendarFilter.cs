using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Revalidation;

/// <param name="RiskTiers">Only these tiers; null or empty for all.</param>
/// <param name="OwnerId">Only models this person owns or backs up; null for everyone's.</param>
/// <param name="IncludeEarlierOverdue">
/// Also show revalidations that fell due before the range and are still overdue, so a list view starting today
/// does not hide the ones most in need of attention.
/// </param>
public sealed record RevalidationCalendarFilter(
    IReadOnlySet<RiskTier>? RiskTiers = null,
    Guid? OwnerId = null,
    bool IncludeEarlierOverdue = false)
{
    public static RevalidationCalendarFilter All { get; } = new();

    public bool Matches(RevalidationSchedule schedule) =>
        (RiskTiers is null || RiskTiers.Count == 0 || RiskTiers.Contains(schedule.RiskTier))
        && (OwnerId is not { } owner || schedule.IsOwnedBy(owner));
}
