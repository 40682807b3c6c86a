using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>The readiness checklist of a version: every gate, the evidence this issue adds, and the request button.</summary>
public partial class ReadinessPanel
{
    private readonly FormErrors _errors = new();
    private ReadinessView? _view;
    private bool _loading = true;
    private string? _error;
    private bool _isOwner;
    private bool _mayManage;
    private bool _checking;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Inject] private PromotionQueries Promotions { get; set; } = default!;

    [Inject] private ReproducibilityService Reproducibility { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            var actor = await User.ActorAsync();
            var model = await Models.GetAsync(ModelKey);
            (_isOwner, _mayManage) = model is null ? (false, false) : (actor.IsActingOwner(model), actor.MayManageEvidence(model));
        }
        catch (AccessDeniedException)
        {
            (_isOwner, _mayManage) = (false, false);
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _view = await Promotions.ReadinessAsync(ModelKey, Label);
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The readiness checklist could not be loaded.";
        }
        _loading = false;
    }

    private async Task CheckAsync()
    {
        _checking = true;
        if (await _errors.TryAsync(async () => await Reproducibility.CheckAsync(await User.ActorAsync(), ModelKey, Label)))
        {
            await LoadAsync();
        }
        _checking = false;
    }
}
