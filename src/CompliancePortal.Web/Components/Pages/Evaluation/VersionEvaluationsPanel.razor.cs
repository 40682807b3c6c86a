using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

public partial class VersionEvaluationsPanel
{
    private IReadOnlyList<EvaluationRunView> _runs = [];
    private bool _loading = true;
    private string? _error;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Inject] private EvaluationQueries Evaluations { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string PostUrl => Navigation.BaseUri + EvaluationPaths.PostEvaluations(ModelKey, Label);

    protected override Task OnParametersSetAsync() => LoadAsync();

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
}
