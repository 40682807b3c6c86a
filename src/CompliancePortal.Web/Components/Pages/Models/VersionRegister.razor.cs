using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Models;

public partial class VersionRegister
{
    private readonly FormErrors _errors = new();
    private readonly VersionForm _form = new();
    private IReadOnlyList<DatasetVersionView> _datasetVersions = [];
    private bool _loading = true;
    private bool _saving;
    private string? _loadError;

    [Parameter] public string Key { get; set; } = "";

    [Inject] private ModelRegistry Registry { get; set; } = default!;

    [Inject] private ModelQueries Queries { get; set; } = default!;

    [Inject] private LineageCatalog Lineage { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _loadError) = (true, null);
        try
        {
            if (await Queries.GetAsync(Key) is null)
            {
                _loadError = $"There is no model with the key '{Key}'.";
            }
            else
            {
                _datasetVersions = await Lineage.ListVersionsAsync();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = "The dataset versions could not be loaded.";
        }
        _loading = false;
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        string? label = null;
        var saved = await _errors.TryAsync(async () => label = await Registry.RegisterVersionAsync(actor, Key, _form.ToRegistration()));
        _saving = false;
        if (saved)
        {
            Snackbar.Add($"Version {label} of {Key} registered.", Severity.Success);
            Navigation.NavigateTo($"/models/{Key}/versions/{Uri.EscapeDataString(label!)}");
        }
    }
}
