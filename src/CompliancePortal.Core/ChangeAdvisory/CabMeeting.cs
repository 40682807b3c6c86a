using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// A meeting of a board: scheduled by its chair, with an agenda of change reviews (which point at the meeting), closed by
/// the chair — undecided items are deferred, and the minutes are written and fixed with their hash.
/// </summary>
public sealed class CabMeeting
{
    private CabMeeting() { }

    public Guid Id { get; private set; }

    public Guid BoardId { get; private set; }

    public string Title { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? Location { get; private set; }

    public string? CallLink { get; private set; }

    public Guid ScheduledById { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public MeetingState State { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The members who took part (voted or abstained on an item) and the chair, by name, when the meeting closed.</summary>
    public string? Attendance { get; private set; }

    public string? MinutesMarkdown { get; private set; }

    public string? MinutesSha256 { get; private set; }

    public int Revision { get; private set; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public bool IsOpen => State == MeetingState.Scheduled;

    public static CabMeeting Schedule(ChangeAdvisoryBoard board, Actor chair, MeetingDefinition definition, DateTimeOffset at)
    {
        if (chair.PersonId != board.ChairId)
        {
            throw new AccessDeniedException($"Only the chair of {board.Name} schedules its meetings.");
        }
        definition.Validate(at).ThrowIfAny();
        return new CabMeeting
        {
            Id = Guid.CreateVersion7(at),
            BoardId = board.Id,
            Title = definition.Title!.Trim(),
            StartsAt = definition.StartsAt.ToUniversalTime(),
            DurationMinutes = definition.DurationMinutes,
            Location = string.IsNullOrWhiteSpace(definition.Location) ? null : definition.Location.Trim(),
            CallLink = string.IsNullOrWhiteSpace(definition.CallLink) ? null : definition.CallLink.Trim(),
            ScheduledById = chair.PersonId!.Value,
            ScheduledAt = at,
            State = MeetingState.Scheduled,
            Revision = 1,
        };
    }

    /// <summary>Fixes the meeting's record; the caller has deferred the undecided items and written the minutes.</summary>
    public void Close(ChangeAdvisoryBoard board, Actor chair, IReadOnlyList<string> attendance, string minutesMarkdown, DateTimeOffset at)
    {
        if (chair.PersonId != board.ChairId || board.Id != BoardId)
        {
            throw new AccessDeniedException($"Only the chair of {board.Name} closes its meetings.");
        }
        if (!IsOpen)
        {
            throw new DomainRuleException("This meeting is already closed; its minutes are final.");
        }
        if (at < StartsAt)
        {
            throw new DomainRuleException($"The meeting has not started yet (it starts {StartsAt:yyyy-MM-dd HH:mm} UTC); close it when it has taken place.");
        }
        State = MeetingState.Closed;
        ClosedAt = at;
        Attendance = string.Join('\n', attendance);
        MinutesMarkdown = minutesMarkdown;
        MinutesSha256 = Hashes.Sha256Hex(minutesMarkdown);
        Revision++;
    }

    public object Snapshot() => new
    {
        Id, BoardId, Title, StartsAt, DurationMinutes, Location, CallLink, State = State.ToString(), ClosedAt, Attendance, MinutesSha256, Revision,
    };
}
