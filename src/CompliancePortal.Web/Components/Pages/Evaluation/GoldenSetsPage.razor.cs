using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

public partial class GoldenSetsPage
{
    private List<(GoldenSetView Set, IReadOnlyList<GoldenSetVersionView> Versions)> _sets = [];
    private List<BreadcrumbItem> _crumbs = [];
    private bool _canWrite;
    private bool _creating;
    private bool _loading = true;
    private string? _error;

    [Parameter] public string Key { get; set; } = "";

    [Inject] private EvaluationQueries Evaluations { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    private string EmptyText => _canWrite
        ? "Create one: name the label and feature columns and the metrics with their pass thresholds, then upload its CSV."
        : "The model's owner or a compliance officer has not registered a golden set for this model yet.";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        _crumbs = [new("Models", "/models"), new(Key, $"/models/{Uri.EscapeDataString(Key)}"), new("Golden sets", null, disabled: true)];
        try
        {
            var model = await Models.GetAsync(Key) ?? throw new NotFoundException($"There is no model with the key '{Key}'.");
            _canWrite = (await User.ActorAsync()).MayManageEvidence(model);
            var sets = new List<(GoldenSetView, IReadOnlyList<GoldenSetVersionView>)>();
            foreach (var set in await Evaluations.GoldenSetsAsync(Key))
            {
                sets.Add((set, await Evaluations.VersionsAsync(Key, set.Name)));
            }
            _sets = sets;
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The golden sets could not be loaded.";
        }
        _loading = false;
    }

    private async Task CreatedAsync(string name)
    {
        _creating = false;
        await LoadAsync();
    }
}
