using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>The owner's request: rationale and where the current production version goes; the evidence is frozen by the service.</summary>
public partial class PromotionRequestForm
{
    private readonly FormErrors _errors = new();
    private string _rationale = "";
    private ModelStage _previous = ModelStage.Staging;
    private bool _saving;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter] public bool AllGatesPass { get; set; }

    [Inject] private PromotionService Promotions { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private async Task SubmitAsync()
    {
        _saving = true;
        PromotionRequest? request = null;
        try
        {
            await _errors.TryAsync(async () => request = await Promotions.RequestAsync(await User.ActorAsync(), ModelKey, Label,
                new PromotionSubmission(ModelStage.Production, _rationale, _previous)));
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
