using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>The model's production version, its history with the approvals behind each period, and one-click rollback.</summary>
public partial class ProductionPanel
{
    private readonly FormErrors _errors = new();
    private ProductionView? _production;
    private IReadOnlyList<ProductionPeriodView> _history = [];
    private IReadOnlyList<string> _targets = [];
    private IReadOnlyList<PromotionRequestSummary> _requests = [];
    private bool _loading = true;
    private string? _error;
    private bool _isOwner;
    private string? _rollbackTo;
    private string _rationale = "";
    private bool _saving;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Inject] private PromotionQueries Queries { get; set; } = default!;

    [Inject] private PromotionService Promotions { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _isOwner = await Models.GetAsync(ModelKey) is { } model && (await User.ActorAsync()).IsActingOwner(model);
        }
        catch (AccessDeniedException)
        {
            _isOwner = false;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _production = await Queries.ProductionAsync(ModelKey);
            _history = await Queries.HistoryAsync(ModelKey);
            _targets = await Queries.RollbackTargetsAsync(ModelKey);
            _requests = await Queries.RequestsAsync(ModelKey);
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The production history could not be loaded.";
        }
        _loading = false;
    }

    private void Choose(string label)
    {
        _rollbackTo = label;
        _errors.Clear();
    }

    private async Task RollBackAsync()
    {
        _saving = true;
        PromotionRequest? request = null;
        try
        {
            await _errors.TryAsync(async () => request = await Promotions.RequestRollbackAsync(await User.ActorAsync(), ModelKey, _rollbackTo!,
                new PromotionSubmission(ModelStage.Production, _rationale, ModelStage.Retired)));
        }
        catch (AccessDeniedException ex)
        {
            _errors.Set(ex.Message);
        }
        _saving = false;
        if (request is not null)
        {
            Navigation.NavigateTo(PromotionPaths.Request(request.Id));
        }
    }
}
