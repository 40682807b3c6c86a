namespace CompliancePortal.Core.Demo;

/// <summary>An upcoming meeting of a demo board, its chair's agenda of owner-requested reviews; times relative to seeding.</summary>
public sealed record DemoMeeting(string Board, string Title, int DaysAhead, int StartHourUtc, int DurationMinutes, string? Location, string? CallLink,
    IReadOnlyList<DemoAgendaItem> Agenda);
