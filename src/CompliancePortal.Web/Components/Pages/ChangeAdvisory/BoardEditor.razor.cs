using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

public partial class BoardEditor
{
    private readonly FormErrors _errors = new();
    private BoardForm _form = new();
    private PersonSummary? _candidate;
    private string? _modelCandidate;
    private string _key = "";
    private int _revision;
    private bool _loading = true;
    private bool _saving;
    private string? _loadError;

    [Parameter] public string? Key { get; set; }

    [Inject] private BoardService Service { get; set; } = default!;

    [Inject] private BoardQueries Queries { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

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
                _form = new BoardForm();
            }
            else if (await Queries.GetAsync(Key!) is { } board)
            {
                (_form, _key, _revision) = (BoardForm.From(board), board.Key, board.Revision);
            }
            else
            {
                _loadError = $"There is no board with the key '{Key}'.";
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = "The board could not be loaded.";
        }
        _loading = false;
    }

    private async Task<IEnumerable<PersonSummary>> SearchPeopleAsync(string? text, CancellationToken ct) =>
        await People.SearchAsync(text, 20, ct);

    private async Task<IEnumerable<string>> SearchModelsAsync(string? text, CancellationToken ct) =>
        (await Models.ListAsync(new PageRequest(0, 20, text, "key", false), null, ct)).Items.Select(m => m.Key);

    private void AddMember(PersonSummary? person)
    {
        _form.AddMember(person);
        _candidate = null;
    }

    private void AddModel(string? key)
    {
        _form.AddModel(key);
        _modelCandidate = null;
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        var saved = await _errors.TryAsync(async () =>
        {
            if (IsNew)
            {
                _key = await Service.CreateAsync(actor, _key, _form.ToDefinition());
            }
            else
            {
                await Service.UpdateAsync(actor, _key, _form.ToDefinition(), _revision);
            }
        });
        _saving = false;
        if (saved)
        {
            Snackbar.Add(IsNew ? $"Board {_form.Name} created." : $"Board {_form.Name} saved.", Severity.Success);
            Navigation.NavigateTo($"/cab/boards/{_key}");
        }
    }
}
