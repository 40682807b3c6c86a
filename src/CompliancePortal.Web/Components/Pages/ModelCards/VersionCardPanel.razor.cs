using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

public partial class VersionCardPanel
{
    private readonly FormErrors _errors = new();
    private CardView? _card;
    private bool _canWrite;
    private bool _loading = true;
    private bool _starting;
    private string? _error;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Inject] private ModelCardQueries Cards { get; set; } = default!;

    [Inject] private ModelCardService Service { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string EmptyText => _canWrite
        ? "Start it from the template with the required sections, copy the previous version's card, or import a Hugging Face README."
        : "The model's owner has not written a card for this version yet.";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _card = await Cards.GetAsync(ModelKey, Label);
            var model = await Models.GetAsync(ModelKey);
            _canWrite = model is not null && (await User.ActorAsync()).IsActingOwner(model);
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The model card could not be loaded.";
        }
        _loading = false;
    }

    private async Task StartAsync(bool copyPrevious)
    {
        _starting = true;
        var actor = await User.ActorAsync();
        if (await _errors.TryAsync(() => Service.StartAsync(actor, ModelKey, Label, copyPrevious)))
        {
            Snackbar.Add(copyPrevious ? "Card copied from the previous version." : "Card started from the template.", Severity.Success);
            await LoadAsync();
        }
        _starting = false;
    }
}
