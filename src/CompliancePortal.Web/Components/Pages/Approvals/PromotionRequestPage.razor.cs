using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>One request with its evidence and signatures, where a compliance officer signs.</summary>
public partial class PromotionRequestPage
{
    private PromotionRequestView? _view;
    private List<BreadcrumbItem> _crumbs = [];
    private bool _loading = true;
    private string? _error;
    private bool _maySign;
    private bool _signing;

    [Parameter] public Guid Id { get; set; }

    [Inject] private PromotionQueries Promotions { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _view = await Promotions.RequestAsync(Id);
            _crumbs = [new("Models", "/models"), new(_view.ModelKey, PromotionPaths.Model(_view.ModelKey)),
                new(_view.VersionLabel, PromotionPaths.Version(_view.ModelKey, _view.VersionLabel)), new("Promotion request", null, disabled: true)];
            // Offered to compliance officers; whether this one may sign (segregation, distinct approvers) is decided at signing.
            _maySign = _view.State == PromotionState.Pending && await User.IsInRoleAsync(PortalRoles.ComplianceOfficer);
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The request could not be loaded.";
        }
        _loading = false;
    }

    private async Task SignedAsync()
    {
        _signing = false;
        await LoadAsync();
    }

    private static Color StateColor(PromotionState state) => state switch
    {
        PromotionState.Promoted => Color.Success,
        PromotionState.Rejected => Color.Error,
        _ => Color.Info,
    };
}
