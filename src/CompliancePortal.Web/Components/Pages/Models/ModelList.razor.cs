using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Models;

public partial class ModelList
{
    private MudTable<ModelSummary>? _table;
    private string? _search;
    private string? _error;

    [Inject] private ModelQueries Queries { get; set; } = default!;

    private async Task<TableData<ModelSummary>> LoadAsync(TableState state, CancellationToken ct)
    {
        try
        {
            _error = null;
            var page = await Queries.ListAsync(new PageRequest(state.Page, state.PageSize, _search, state.SortLabel,
                state.SortDirection == SortDirection.Descending), ct: ct);
            return new TableData<ModelSummary> { Items = page.Items, TotalItems = page.TotalCount };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The model registry could not be loaded.";
            return new TableData<ModelSummary> { Items = [], TotalItems = 0 };
        }
    }

    private async Task OnSearchAsync(string? text)
    {
        _search = text;
        await ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;
}
