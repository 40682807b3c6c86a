namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>The meeting a change was decided at (or is on the agenda of), with the stored hash of its minutes once closed.</summary>
public sealed record CabMeetingRecord(Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset? ClosedAt, string? MinutesSha256)
{
    public bool IsClosed => ClosedAt is not null;
}
