using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Revalidation;

public partial class RevalidationReviewPage
{
    private RevalidationReviewView? _review;
    private ModelView? _model;
    private List<BreadcrumbItem> _crumbs = [];
    private bool _canSignAsOwner;
    private bool _canSignAsComplianceOfficer;
    private bool _loading = true;
    private string? _error;

    [Parameter] public Guid Id { get; set; }

    [Inject] private RevalidationQueries Revalidations { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    private string StateText => _review switch
    {
        { Outcome: { } outcome } => $"Signed off: {outcome.Label()}",
        _ => "Open",
    };

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _review = await Revalidations.ReviewAsync(Id);
            _model = await Models.GetAsync(_review.ModelKey)
                ?? throw new NotFoundException($"There is no model with the key '{_review.ModelKey}'.");
            _crumbs = [new("Revalidation", RevalidationPaths.Calendar), new($"{_review.ModelKey} · due {_review.DueAt:yyyy-MM-dd}", null, disabled: true)];
            var actor = await User.ActorAsync();
            _canSignAsOwner = actor.CanSignAsOwner(_review, _model);
            _canSignAsComplianceOfficer = actor.CanSignAsComplianceOfficer(_review, _model);
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The revalidation review could not be loaded.";
        }
        _loading = false;
    }
}
