namespace CompliancePortal.Core.Revalidation;

/// <summary>Where a revalidation stands on the calendar.</summary>
public enum RevalidationStatus
{
    Upcoming,
    DueSoon,
    Overdue,
    Completed,
}
