using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.AuditPacks;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.AuditPacks;

/// <summary>Chooses a model, optionally a version and a date range for the audit events, and starts a pack.</summary>
public sealed partial class AuditPackForm
{
    private const string AllVersions = "";

    private readonly FormErrors _errors = new();
    private IReadOnlyList<ModelSummary>? _models;
    private IReadOnlyList<string> _versions = [];
    private string? _modelKey;
    private string _version = AllVersions;
    private DateTime? _from;
    private DateTime? _to;
    private bool _starting;

    /// <summary>Raised with the pack once its generation has been queued.</summary>
    [Parameter] public EventCallback<AuditPackView> OnRequested { get; set; }

    [Inject] private ModelQueries Models { get; set; } = default!;

    [Inject] private IAuditPackRequests Requests { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _models = (await Models.ListAsync(new PageRequest(PageSize: PageRequest.MaxPageSize, SortBy: "name"))).Items;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _models = [];
            _errors.Set("The models could not be loaded.");
        }
    }

    private async Task ChooseModelAsync(string key)
    {
        (_modelKey, _version, _versions) = (key, AllVersions, []);
        try
        {
            var versions = await Models.ListVersionsAsync(key, new PageRequest(PageSize: PageRequest.MaxPageSize));
            _versions = versions.Items.Select(v => v.Label).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _errors.Set("The model's versions could not be loaded.");
        }
    }

    private async Task GenerateAsync()
    {
        _starting = true;
        AuditPackView? pack = null;
        var actor = await User.ActorAsync();
        var request = new AuditPackRequest(_modelKey, _version == AllVersions ? null : _version,
            _from is { } f ? DateOnly.FromDateTime(f) : null, _to is { } t ? DateOnly.FromDateTime(t) : null);
        if (await _errors.TryAsync(async () => pack = await Requests.RequestAsync(actor, request, CancellationToken.None)))
        {
            await OnRequested.InvokeAsync(pack!);
        }
        _starting = false;
    }
}
