namespace CompliancePortal.Core.Revalidation;

/// <summary>What one feed shows: whose it is, their revalidations, and the CAB meetings they sit on or have a change at.</summary>
public sealed record CalendarFeedContent(Guid PersonId, string DisplayName, IReadOnlyList<RevalidationCalendarItem> Items,
    IReadOnlyList<ChangeAdvisory.MeetingSummary> Meetings);
