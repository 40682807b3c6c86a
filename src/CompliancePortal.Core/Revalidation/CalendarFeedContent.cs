namespace CompliancePortal.Core.Revalidation;

/// <summary>What one feed shows: whose it is and their revalidations.</summary>
public sealed record CalendarFeedContent(Guid PersonId, string DisplayName, IReadOnlyList<RevalidationCalendarItem> Items);
