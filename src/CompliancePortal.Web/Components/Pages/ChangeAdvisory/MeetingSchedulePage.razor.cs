using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>The chair schedules a meeting: title, date and time (UTC), length, and a room, a call link or both.</summary>
public sealed partial class MeetingSchedulePage
{
    private readonly FormErrors _errors = new();
    private BoardView? _board;
    private List<BreadcrumbItem> _crumbs = [];
    private bool _loading = true;
    private string? _error;
    private string _title = "";
    private DateTime? _date;
    private TimeSpan? _time = new(14, 0, 0);
    private int _duration = 60;
    private string _location = "";
    private string _callLink = "";
    private bool _saving;

    [Parameter] public string Key { get; set; } = "";

    [Inject] private BoardQueries Boards { get; set; } = default!;

    [Inject] private CabMeetingService Meetings { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _board = await Boards.GetAsync(Key);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            (_error, _loading) = ("The board could not be loaded.", false);
            return;
        }
        _error = _board is null ? $"There is no board with the key '{Key}'." : null;
        if (_board is not null)
        {
            _title = $"{_board.Name} — {Time.GetUtcNow().AddDays(7):MMMM yyyy}";
            _date ??= Time.GetUtcNow().UtcDateTime.Date.AddDays(7);
            var me = await User.ActorAsync();
            if (me.PersonId != _board.Chair.Id)
            {
                _error = $"Only the chair of {_board.Name} ({_board.Chair.DisplayName}) schedules its meetings.";
            }
        }
        _crumbs = [new("Change advisory boards", CabPaths.Boards), new(_board?.Name ?? Key, CabPaths.Board(Key)), new("Schedule a meeting", null, disabled: true)];
        _loading = false;
    }

    private async Task SaveAsync()
    {
        _saving = true;
        Guid? id = null;
        var startsAt = new DateTimeOffset(DateTime.SpecifyKind((_date ?? DateTime.MinValue).Date + (_time ?? TimeSpan.Zero), DateTimeKind.Utc));
        var actor = await User.ActorAsync();
        await _errors.TryAsync(async () => id = await Meetings.ScheduleAsync(actor, Key, new MeetingDefinition(_title, startsAt, _duration, _location, _callLink)));
        _saving = false;
        if (id is { } meetingId)
        {
            Navigation.NavigateTo(CabPaths.Meeting(meetingId));
        }
    }
}
