namespace CompliancePortal.Web.Api;

/// <summary>Body of a meeting the chair schedules: a title, the start (with its offset), how long, and a room and/or call link.</summary>
public sealed record ScheduleMeetingRequest(string? Title, DateTimeOffset? StartsAt, int? DurationMinutes, string? Location, string? CallLink);
