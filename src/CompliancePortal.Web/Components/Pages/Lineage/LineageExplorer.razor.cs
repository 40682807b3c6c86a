using System.Globalization;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage.Graph;
using CompliancePortal.Web.Lineage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CompliancePortal.Web.Components.Pages.Lineage;

/// <summary>The explorer page: finds a start node, draws its neighbourhood, grows it on expand, and re-reads it for a past moment.</summary>
public sealed partial class LineageExplorer
{
    private readonly ExplorerGraph _graph = new();
    private IReadOnlyList<PlacedNode> _placed = [];
    private IReadOnlyList<LineageNode> _results = [];
    private string _query = "", _predictionId = "";
    private string? _start, _selected, _tracing, _asOfText, _error;
    private int _depth = 2, _drawing;
    private bool _searched;

    [Inject] private LineageGraphQueries Graph { get; set; } = default!;

    /// <summary>A node to start from, e.g. a link from a model version's page.</summary>
    [SupplyParameterFromQuery(Name = "node")] public string? Node { get; set; }

    private DateTimeOffset? AsOf =>
        DateTime.TryParse(_asOfText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero) : null;

    protected override Task OnInitializedAsync() => Node is { Length: > 0 } node ? StartAsync(node) : Task.CompletedTask;

    private async Task SearchOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SearchAsync();
        }
    }

    private async Task SearchAsync()
    {
        _results = await Graph.SearchAsync(_query);
        _searched = true;
    }

    private async Task StartAsync(string nodeId)
    {
        _start = nodeId;
        _selected = nodeId;
        await LoadAsync();
    }

    private async Task DepthChangedAsync(int depth)
    {
        _depth = Math.Clamp(depth, 1, GraphRequest.MaxDepth);
        await LoadAsync();
    }

    private async Task AsOfChangedAsync(string? text)
    {
        _asOfText = string.IsNullOrWhiteSpace(text) ? null : text;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_start is null)
        {
            return;
        }
        await ReadAsync(async () =>
        {
            _graph.Replace(await Graph.NeighbourhoodAsync(new GraphRequest(_start, _depth, GraphRequest.DefaultMaxNodes, AsOf)));
            _drawing++;
            _selected = _graph.Find(_selected ?? "") is null ? _start : _selected;
        });
    }

    private Task ExpandAsync(string nodeId) => ReadAsync(async () =>
        _graph.Merge(await Graph.NeighbourhoodAsync(new GraphRequest(nodeId, 1, 100, AsOf)), nodeId));

    private void Select(string nodeId) => _selected = nodeId;

    private void Trace() => _tracing = string.IsNullOrWhiteSpace(_predictionId) ? null : _predictionId.Trim();

    private async Task ReadAsync(Func<Task> read)
    {
        _error = null;
        try
        {
            await read();
            _placed = _graph.Layout();
        }
        catch (Exception ex) when (ex is NotFoundException or ValidationFailedException)
        {
            _error = ex.Message;
            _graph.Replace(new LineageGraph(_start ?? "", _depth, AsOf, 0, false, null, [], []));
            _placed = [];
        }
    }
}
