namespace CompliancePortal.Core.ChangeAdvisory;

public sealed record MeetingSummary(Guid Id, string BoardKey, string BoardName, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? Location, string? CallLink, MeetingState State, int Items);
