using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

public partial class NewGoldenSetForm
{
    private readonly FormErrors _errors = new();
    private readonly GoldenSetForm _form = new();
    private bool _saving;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    /// <summary>Raised with the new golden set's name once it is stored.</summary>
    [Parameter] public EventCallback<string> OnCreated { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    [Inject] private GoldenSetService GoldenSets { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private async Task CreateAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        string? name = null;
        if (await _errors.TryAsync(async () => name = await GoldenSets.RegisterAsync(actor, ModelKey, _form.ToDefinition())))
        {
            Snackbar.Add($"Golden set \"{name}\" created; upload its first version.", Severity.Success);
            await OnCreated.InvokeAsync(name);
        }
        _saving = false;
    }
}
