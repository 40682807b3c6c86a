using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>
/// One item's voting, live for everyone viewing it: the tally, quorum and every member's vote are re-read whenever a
/// change to this review is published, with no polling. A member votes here; the chair closes or defers the item.
/// The subscription lives exactly as long as the panel.
/// </summary>
public sealed partial class VotePanel
{
    private readonly FormErrors _errors = new();
    private ChangeReviewView? _review;
    private Actor? _me;
    private CabChoice? _choice;
    private string _conditions = "";
    private string _reason = "";
    private bool _busy;
    private string? _loadError;

    [Parameter, EditorRequired] public Guid ReviewId { get; set; }

    /// <summary>Told after this panel closed or deferred the item, so the page around it can move on.</summary>
    [Parameter] public EventCallback OnDecided { get; set; }

    [Inject] private CabQueries Cab { get; set; } = default!;

    [Inject] private CabVotingService Voting { get; set; } = default!;

    [Inject] private CabMeetingService Meetings { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    internal ChangeReviewView? Review => _review;

    private VoterView? MySeat => _review?.Members.SingleOrDefault(m => m.PersonId == _me?.PersonId);

    private bool IsChair => _review?.Viewer.IsChair == true;

    private bool MayVote => _review?.Viewer.MayVote == true;

    protected override async Task OnInitializedAsync()
    {
        _me = await User.ActorAsync();
        RefreshOn<CabChanged>(changed => changed.ReviewId == ReviewId || (changed.IsBoardEdit && changed.BoardId == _review?.Board?.Id), LoadAsync);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _review = await Cab.ReviewAsync(ReviewId, _me);
            _loadError = null;
            if (_choice is null && MySeat?.Ballot is { } mine)
            {
                (_choice, _conditions, _reason) = (mine.Choice, mine.Conditions ?? "", mine.Reason ?? "");
            }
        }
        catch (NotFoundException ex)
        {
            _loadError = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = "The voting could not be loaded; reload the page.";
        }
    }

    private async Task VoteAsync()
    {
        if (_choice is not { } choice)
        {
            _errors.Set("Choose approve, approve with conditions, reject or abstain.");
            return;
        }
        await RunAsync(() => Voting.VoteAsync(_me!, ReviewId, choice, _conditions, _reason));
    }

    private async Task CloseAsync()
    {
        if (await RunAsync(() => Voting.CloseItemAsync(_me!, ReviewId, _review?.Revision)))
        {
            await OnDecided.InvokeAsync();
        }
    }

    private async Task DeferAsync()
    {
        if (await RunAsync(() => Meetings.DeferAsync(_me!, ReviewId)))
        {
            await OnDecided.InvokeAsync();
        }
    }

    private async Task<bool> RunAsync(Func<Task> action)
    {
        _busy = true;
        var done = await _errors.TryAsync(action);
        await LoadAsync();
        _busy = false;
        return done;
    }
}
