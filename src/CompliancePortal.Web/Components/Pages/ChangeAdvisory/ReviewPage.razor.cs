using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>One change before the board: the change and its evidence, the risk assessment, the voting, the decision and its conditions.</summary>
public sealed partial class ReviewPage
{
    private ChangeReviewView? _review;
    private List<BreadcrumbItem> _crumbs = [];
    private bool _loading = true;
    private string? _error;
    private Actor? _me;

    [Parameter] public Guid Id { get; set; }

    [Inject] private CabQueries Cab { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;




    private bool MayAssess => _review?.Viewer.MayAssess == true;

    protected override async Task OnInitializedAsync()
    {
        _me = await User.ActorAsync();
        RefreshOn<CabChanged>(changed => changed.ReviewId == Id, LoadAsync);
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _review = await Cab.ReviewAsync(Id, _me);
            _error = null;
            _crumbs = [new("Change advisory boards", CabPaths.Boards)];
            if (_review.Board is { } board)
            {
                _crumbs.Add(new(board.Name, CabPaths.Board(board.Key)));
            }
            _crumbs.Add(new($"{_review.ModelKey} {_review.VersionLabel}", null, disabled: true));
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The review could not be loaded.";
        }
        _loading = false;
    }
}
