namespace CompliancePortal.Core.Revalidation;

/// <summary>A person's active feed as they may see it again later: never its secret.</summary>
public sealed record CalendarFeedSummary(Guid Id, string Prefix, DateTimeOffset CreatedAt);
