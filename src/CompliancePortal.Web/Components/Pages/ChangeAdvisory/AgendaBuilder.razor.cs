using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>
/// The chair puts open reviews in the board's scope on the agenda, setting when votes count: from now (so members can
/// vote before the meeting) or from the meeting's start, and optionally until a deadline.
/// </summary>
public sealed partial class AgendaBuilder
{
    private readonly FormErrors _errors = new();
    private bool _votingFromNow = true;
    private DateTime? _closesDate;
    private TimeSpan? _closesTime;
    private bool _busy;

    [Parameter, EditorRequired] public Guid MeetingId { get; set; }

    [Parameter, EditorRequired] public DateTimeOffset MeetingStartsAt { get; set; }

    [Parameter, EditorRequired] public IReadOnlyList<ChangeReviewSummary> Candidates { get; set; } = [];

    [Parameter] public EventCallback OnAdded { get; set; }

    [Inject] private CabMeetingService Meetings { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    private DateTimeOffset? ClosesAt => _closesDate is { } date
        ? new DateTimeOffset(DateTime.SpecifyKind(date.Date + (_closesTime ?? TimeSpan.Zero), DateTimeKind.Utc))
        : null;

    private async Task AddAsync(ChangeReviewSummary review)
    {
        _busy = true;
        var actor = await User.ActorAsync();
        var added = await _errors.TryAsync(() => Meetings.AddToAgendaAsync(actor, MeetingId, review.Id, _votingFromNow ? null : MeetingStartsAt, ClosesAt));
        _busy = false;
        if (added)
        {
            await OnAdded.InvokeAsync();
        }
    }
}
