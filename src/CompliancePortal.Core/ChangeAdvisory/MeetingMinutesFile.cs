namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A closed meeting's minutes as written when it closed.</summary>
public sealed record MeetingMinutesFile(string Title, string BoardName, string Markdown, string Sha256, DateTimeOffset ClosedAt, DateTimeOffset StartsAt);
