using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Models;

public partial class ModelEditor
{
    private readonly FormErrors _errors = new();
    private ModelForm _form = new();
    private string _key = "";
    private int _revision;
    private bool _loading = true;
    private bool _saving;
    private string? _loadError;

    [Parameter] public string? Key { get; set; }

    [Inject] private ModelRegistry Registry { get; set; } = default!;

    [Inject] private ModelQueries Queries { get; set; } = default!;

    [Inject] private PersonDirectory People { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private bool IsNew => Key is null;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _loadError) = (true, null);
        try
        {
            if (IsNew)
            {
                var me = await User.ActorAsync();
                _form = new ModelForm { Owner = me.PersonId is { } id ? await People.GetAsync(id) : null };
            }
            else if (await Queries.GetAsync(Key!) is { } model)
            {
                (_form, _key, _revision) = (ModelForm.From(model), model.Key, model.Revision);
            }
            else
            {
                _loadError = $"There is no model with the key '{Key}'.";
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = "The model could not be loaded.";
        }
        _loading = false;
    }

    private async Task<IEnumerable<PersonSummary>> SearchPeopleAsync(string? text, CancellationToken ct) =>
        await People.SearchAsync(text, 20, ct);

    private async Task SaveAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        var saved = await _errors.TryAsync(async () =>
        {
            if (IsNew)
            {
                _key = await Registry.CreateAsync(actor, _key, _form.ToDetails());
            }
            else
            {
                await Registry.UpdateAsync(actor, _key, _form.ToDetails(), _revision);
            }
        });
        _saving = false;
        if (saved)
        {
            Snackbar.Add(IsNew ? $"Model {_key} registered." : $"Model {_key} saved.", Severity.Success);
            Navigation.NavigateTo($"/models/{_key}");
        }
    }
}
