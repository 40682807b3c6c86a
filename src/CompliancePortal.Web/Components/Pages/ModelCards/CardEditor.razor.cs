using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

public partial class CardEditor
{
    private readonly FormErrors _errors = new();
    private CardEditorScript? _script;
    private DotNetObjectReference<CardEditor>? _self;
    private MudTextField<string>? _field;
    private string? _shortcutBoundTo;
    private List<BreadcrumbItem> _crumbs = [];
    private CardTemplate _template = CardTemplate.Default;
    private CompletenessReport _completeness = new([], false);
    private CardConflictException? _conflict;

    // _text drives the preview and completeness and follows the editor after a pause in typing; _draft follows every
    // keystroke, so a save never loses the last ones.
    private string _text = "";
    private string _draft = "";
    private string? _summary;
    private int _baseRevision;
    private bool _canWrite;
    private bool _noCard;
    private bool _loading = true;
    private bool _saving;
    private string? _loadError;

    [Parameter] public string Key { get; set; } = "";

    [Parameter] public string Label { get; set; } = "";

    [Inject] private ModelCardQueries Cards { get; set; } = default!;

    [Inject] private ModelCardService Service { get; set; } = default!;

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // A reload replaces the textarea, and the new one needs the shortcut too.
        if (_field?.InputReference is { } input && input.ElementReference.Id != _shortcutBoundTo)
        {
            _shortcutBoundTo = input.ElementReference.Id;
            _self ??= DotNetObjectReference.Create(this);
            await Script.RegisterSaveShortcutAsync(input.ElementReference, _self);
        }
    }

    /// <summary>Ctrl+S / Cmd+S in the editor; <paramref name="text"/> is the textarea's text at that moment.</summary>
    [JSInvokable]
    public Task SaveFromShortcut(string? text) => InvokeAsync(async () =>
    {
        if (text is not null)
        {
            OnTyping(text);
            OnTextSettled(text);
        }
        await SaveAsync();
        StateHasChanged();
    });

    private CardEditorScript Script => _script ??= new CardEditorScript(JS);

    private async Task LoadAsync()
    {
        (_loading, _loadError, _conflict) = (true, null, null);
        _crumbs = [new("Models", "/models"), new(Key, $"/models/{Uri.EscapeDataString(Key)}"), new(Label, CardPaths.Version(Key, Label)),
            new("Card", null, disabled: true)];
        try
        {
            var card = await Cards.GetAsync(Key, Label);
            (_template, _) = await Cards.TemplateAsync();
            var model = await Models.GetAsync(Key);
            _canWrite = model is not null && (await User.ActorAsync()).IsActingOwner(model);
            _noCard = card is null;
            if (card is not null)
            {
                _baseRevision = card.Revision;
                OnTyping(card.Markdown);
                OnTextSettled(card.Markdown);
            }
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

    private void OnTyping(string? text) => _draft = text ?? "";

    private void OnTextSettled(string? text)
    {
        _text = text ?? "";
        _completeness = ModelCardQueries.Evaluate(_text, _template);
    }

    private async Task InsertAsync(MarkdownSnippet snippet)
    {
        if (_field?.InputReference is { } input)
        {
            await Script.InsertAsync(input.ElementReference, snippet);
        }
    }

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }
        _saving = true;
        // A save within the typing pause would otherwise show a conflict or completeness for text older than what was saved.
        OnTextSettled(_draft);
        try
        {
            var actor = await User.ActorAsync();
            var (markdown, before) = (_draft, _baseRevision);
            var saved = before;
            if (await _errors.TryAsync(async () => saved = await Service.SaveAsync(actor, Key, Label, markdown, _summary, before)))
            {
                _conflict = null;
                Snackbar.Add(saved == before ? $"Nothing changed; the card is still revision {saved}." : $"Saved revision {saved} of the card.", Severity.Success);
                Navigation.NavigateTo(CardPaths.Version(Key, Label));
            }
        }
        catch (CardConflictException ex)
        {
            // Nothing was saved and the text stays in the editor; the person sees what the other save changed.
            _conflict = ex;
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task SaveMineOnTopAsync()
    {
        if (_conflict is { } conflict)
        {
            _baseRevision = conflict.Current.Number;
            await SaveAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_script is not null)
        {
            await _script.DisposeAsync();
        }
        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
