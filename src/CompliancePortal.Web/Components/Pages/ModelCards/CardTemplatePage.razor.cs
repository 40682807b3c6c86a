using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

public partial class CardTemplatePage
{
    private readonly FormErrors _errors = new();
    private List<TemplateSectionForm> _sections = [];
    private int _revision;
    private bool _loading = true;
    private bool _saving;
    private string? _error;

    [Inject] private ModelCardQueries Cards { get; set; } = default!;

    [Inject] private ModelCardService Service { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    // The service names fields by their place in the list, as CardTemplate.Validate does: Sections[2].Name.
    private static string Field(int index, string property) => $"{nameof(CardTemplate.Sections)}[{index}].{property}";

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        _errors.Clear();
        try
        {
            var (template, revision) = await Cards.TemplateAsync();
            (_sections, _revision) = ([.. template.Sections.Select(TemplateSectionForm.From)], revision);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The model card template could not be loaded.";
        }
        _loading = false;
    }

    // Field errors are keyed by position, so a change to the list's shape would move them onto the wrong rows.
    private void Add()
    {
        _errors.Clear();
        _sections.Add(new TemplateSectionForm());
    }

    private void Remove(int index)
    {
        _errors.Clear();
        _sections.RemoveAt(index);
    }

    private void Move(int index, int by)
    {
        _errors.Clear();
        (_sections[index], _sections[index + by]) = (_sections[index + by], _sections[index]);
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        var template = new CardTemplate([.. _sections.Select(s => s.ToSection())]);
        if (await _errors.TryAsync(() => Service.UpdateTemplateAsync(actor, template, _revision)))
        {
            Snackbar.Add("Model card template saved.", Severity.Success);
            await LoadAsync();
        }
        _saving = false;
    }
}
