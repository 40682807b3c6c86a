using System.Text.Json;
using CompliancePortal.Core.AuditLog;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.AuditLog;

public partial class AuditLogPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly AuditFilter _filter = new();
    private MudTable<AuditEventView>? _table;
    private IReadOnlyList<string>? _actions;
    private ChainVerification? _verification;
    private long? _expanded;
    private bool _verifying;
    private string? _error;

    [Inject] private AuditLogReader Reader { get; set; } = default!;

    private async Task<TableData<AuditEventView>> LoadAsync(TableState state, CancellationToken ct)
    {
        try
        {
            _error = null;
            var page = await Reader.SearchAsync(_filter.ToQuery(state.Page, state.PageSize), ct);
            return new TableData<AuditEventView> { Items = page.Items, TotalItems = page.TotalCount };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The audit log could not be loaded.";
            return new TableData<AuditEventView> { Items = [], TotalItems = 0 };
        }
    }

    private Task ApplyAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<IEnumerable<string>> SearchActionsAsync(string? text, CancellationToken ct)
    {
        _actions ??= await Reader.ActionsAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? _actions : _actions.Where(a => a.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    private async Task VerifyAsync()
    {
        _verifying = true;
        try
        {
            _verification = await Reader.VerifyAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The chain could not be verified: the audit log could not be read.";
        }
        _verifying = false;
    }

    /// <summary>The export of what the filters select, in the given format; the filters apply as last set in the fields.</summary>
    private string ExportUrl(string format) => $"/api/v1/audit/events.{format}{_filter.ToQueryString()}";

    private void Toggle(long sequence) => _expanded = _expanded == sequence ? null : sequence;

    private static string Pretty(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return "—";
        }
        try
        {
            return JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
