using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

public partial class CardHistory
{
    private readonly FormErrors _errors = new();
    private IReadOnlyList<RevisionSummary> _revisions = [];
    private List<BreadcrumbItem> _crumbs = [];
    private (SideBySideDiff SideBySide, InlineDiff Inline)? _comparison;
    private DiffMode _mode = DiffMode.SideBySide;
    private int _older;
    private int _newer;
    private bool _canWrite;
    private bool _loading = true;
    private bool _restoring;
    private string? _error;

    [Parameter] public string Key { get; set; } = "";

    [Parameter] public string Label { get; set; } = "";

    [Inject] private ModelCardQueries Cards { get; set; } = default!;

    [Inject] private ModelCardService Service { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The newest revision; revisions are listed newest first.</summary>
    private int Current => _revisions.Count > 0 ? _revisions[0].Number : 0;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        _crumbs = [new("Models", "/models"), new(Key, $"/models/{Uri.EscapeDataString(Key)}"), new(Label, CardPaths.Version(Key, Label)),
            new("Card history", null, disabled: true)];
        try
        {
            _revisions = await Cards.RevisionsAsync(Key, Label);
            var model = await Models.GetAsync(Key);
            _canWrite = model is not null && (await User.ActorAsync()).IsActingOwner(model);
            // By default the latest change: the previous revision against the current one.
            (_older, _newer) = _revisions.Count switch
            {
                0 => (0, 0),
                1 => (Current, Current),
                _ => (_revisions[1].Number, Current),
            };
            await CompareAsync();
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The card's history could not be loaded.";
        }
        _loading = false;
    }

    private async Task CompareAsync() =>
        _comparison = _revisions.Count == 0 ? null : await Cards.CompareAsync(Key, Label, _older, _newer);

    private async Task OnOlderChangedAsync(int number)
    {
        _older = number;
        await CompareAsync();
    }

    private async Task OnNewerChangedAsync(int number)
    {
        _newer = number;
        await CompareAsync();
    }

    private async Task RestoreAsync(int number)
    {
        _restoring = true;
        var actor = await User.ActorAsync();
        try
        {
            if (await _errors.TryAsync(() => Service.RestoreAsync(actor, Key, Label, number, Current)))
            {
                Snackbar.Add($"Revision {number} restored as a new revision.", Severity.Success);
            }
        }
        catch (CardConflictException ex)
        {
            _errors.Set($"{ex.Current.AuthorName} saved revision {ex.Current.Number} since this history was loaded. Nothing was restored: " +
                "look at their revision below, then restore again if you still want to.");
        }
        _restoring = false;
        await LoadAsync();
    }
}
