using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>
/// The version's CAB review on its page: where it stands with a link, or — for the owner — a way to ask the board to
/// review the change (a Major change's review also opens by itself with its promotion request).
/// </summary>
public sealed partial class CabReviewPanel
{
    private readonly FormErrors _errors = new();
    private ChangeReviewSummary? _review;
    private bool _mayAsk;
    private bool _asking;
    private string _reason = "";
    private bool _busy;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter, EditorRequired] public ChangeClass ChangeClass { get; set; }

    [Inject] private CabQueries Cab { get; set; } = default!;

    [Inject] private ChangeReviewService Reviews { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private bool MayAsk => _mayAsk;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            (_review, _mayAsk) = await Cab.ForVersionAsync(ModelKey, Label, await User.ActorAsync());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _errors.Set(ex is NotFoundException ? ex.Message : "The CAB review could not be loaded; reload the page.");
        }
    }

    private async Task AskAsync()
    {
        _busy = true;
        Guid? id = null;
        var actor = await User.ActorAsync();
        await _errors.TryAsync(async () => id = await Reviews.RequestReviewAsync(actor, ModelKey, Label, _reason));
        _busy = false;
        if (id is { } reviewId)
        {
            Navigation.NavigateTo(CabPaths.Review(reviewId));
        }
    }
}
