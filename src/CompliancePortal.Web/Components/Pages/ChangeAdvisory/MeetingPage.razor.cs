using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>
/// A meeting: its agenda with live voting on each item, the chair's agenda building and closing, and the minutes once
/// closed. The agenda is re-read whenever a change to this meeting or its board is published.
/// </summary>
public sealed partial class MeetingPage
{
    private readonly FormErrors _errors = new();
    private MeetingView? _meeting;
    private List<BreadcrumbItem> _crumbs = [];
    private bool _loading = true;
    private string? _error;
    private Actor? _me;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }

    [Inject] private CabQueries Cab { get; set; } = default!;

    [Inject] private CabMeetingService Meetings { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    private bool IsChair => _meeting?.ViewerIsChair == true;

    protected override async Task OnInitializedAsync()
    {
        _me = await User.ActorAsync();
        // Agenda changes only: each item's vote panel follows its own votes.
        RefreshOn<CabChanged>(changed => changed.AgendaChanged && changed.MeetingId == Id, LoadAsync);
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _meeting = await Cab.MeetingAsync(Id, _me);
            _error = null;
            _crumbs = [new("Change advisory boards", CabPaths.Boards), new(_meeting.Board.Name, CabPaths.Board(_meeting.Board.Key)),
                new(_meeting.Meeting.Title, null, disabled: true)];
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The meeting could not be loaded.";
        }
        _loading = false;
    }

    private async Task CloseMeetingAsync()
    {
        _busy = true;
        await _errors.TryAsync(() => Meetings.CloseAsync(_me!, Id));
        await LoadAsync();
        _busy = false;
    }
}
