using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Models;

public partial class ModelDetail
{
    private ModelView? _model;
    private bool _loading = true;
    private bool _canChange;
    private string? _error;

    [Parameter] public string Key { get; set; } = "";

    [Inject] private ModelQueries Queries { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _model = await Queries.GetAsync(Key);
            if (_model is null)
            {
                _error = $"There is no model with the key '{Key}'.";
            }
            else
            {
                var actor = await User.ActorAsync();
                _canChange = actor.IsActingOwner(_model);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The model could not be loaded.";
        }
        _loading = false;
    }
}
