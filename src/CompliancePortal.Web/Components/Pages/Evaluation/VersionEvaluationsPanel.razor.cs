using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

public partial class VersionEvaluationsPanel
{
    private IReadOnlyList<EvaluationRunView> _runs = [];
    private bool _loading = true;
    private string? _error;
    private bool _canRun;
    private bool _running;
    private string? _succeeded;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Inject] private EvaluationQueries Evaluations { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string PostUrl => Navigation.BaseUri + EvaluationPaths.PostEvaluations(ModelKey, Label);

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _canRun = await Models.GetAsync(ModelKey) is { } model && (await User.ActorAsync()).MayManageEvidence(model);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the model or the person, no run is offered; the service would refuse it anyway.
            _canRun = false;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _runs = await Evaluations.EvaluationsAsync(ModelKey, Label);
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The evaluations could not be loaded.";
        }
        _loading = false;
    }

    private void OpenForm() => (_running, _succeeded) = (true, null);

    private async Task SucceededAsync(Guid evaluationId)
    {
        _running = false;
        _succeeded = "The evaluation finished and its results were recorded below.";
        await LoadAsync();
    }
}
