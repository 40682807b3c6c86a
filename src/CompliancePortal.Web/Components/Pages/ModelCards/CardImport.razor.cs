using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

public partial class CardImport
{
    /// <summary>A model card is a text file of a few to some tens of kilobytes; anything near this is not one.</summary>
    public const int MaxFileBytes = 256 * 1024;

    // The field ValidationFailedException names for invalid YAML front matter (Core's MetadataYamlReader.Field).
    private const string FrontMatterField = "FrontMatter";

    private readonly FormErrors _errors = new();
    private List<BreadcrumbItem> _crumbs = [];
    private string? _text;
    private int? _baseRevision;
    private bool _loading = true;
    private bool _importing;
    private string? _loadError;

    [Parameter] public string Key { get; set; } = "";

    [Parameter] public string Label { get; set; } = "";

    [Inject] private ModelCardQueries Cards { get; set; } = default!;

    [Inject] private ModelCardService Service { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Why the text was refused: invalid front matter (the message names the line), or an empty or oversized card.</summary>
    private string? Problem => _errors.For(FrontMatterField) ?? _errors.For(nameof(CardContent.Markdown));

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _loadError) = (true, null);
        _crumbs = [new("Models", "/models"), new(Key, $"/models/{Uri.EscapeDataString(Key)}"), new(Label, CardPaths.Version(Key, Label)),
            new("Import card", null, disabled: true)];
        try
        {
            _baseRevision = (await Cards.GetAsync(Key, Label))?.Revision;
        }
        catch (NotFoundException ex)
        {
            _loadError = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = "The model card could not be loaded.";
        }
        _loading = false;
    }

    private async Task OnFileChosenAsync(IBrowserFile? file)
    {
        _errors.Clear();
        if (file is null)
        {
            return;
        }
        if (file.Size > MaxFileBytes)
        {
            _errors.Set($"{file.Name} is {file.Size / 1024:N0} KB; a model card file can be at most {MaxFileBytes / 1024} KB.");
            return;
        }
        using var reader = new StreamReader(file.OpenReadStream(MaxFileBytes));
        _text = await reader.ReadToEndAsync();
    }

    private async Task ImportAsync()
    {
        _importing = true;
        var actor = await User.ActorAsync();
        try
        {
            if (await _errors.TryAsync(() => Service.ImportHuggingFaceAsync(actor, Key, Label, _text ?? "", _baseRevision)))
            {
                Snackbar.Add("Model card imported.", Severity.Success);
                Navigation.NavigateTo(CardPaths.Version(Key, Label));
            }
        }
        catch (CardConflictException ex)
        {
            // The page was opened on an older revision; the next import is an informed one on top of the newer.
            _errors.Set($"{ex.Current.AuthorName} saved revision {ex.Current.Number} of the card since this page was opened. Nothing was imported: " +
                $"import again to make this card revision {ex.Current.Number + 1}, on top of theirs.");
            _baseRevision = ex.Current.Number;
        }
        _importing = false;
    }
}
