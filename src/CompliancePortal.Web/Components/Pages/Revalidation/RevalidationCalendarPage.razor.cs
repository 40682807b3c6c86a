using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Revalidation;

public partial class RevalidationCalendarPage
{
    private IReadOnlyList<RevalidationCalendarItem> _items = [];
    private IReadOnlyList<(Guid Id, string Name)> _owners = [];
    private IEnumerable<RiskTier> _tiers = [];
    private Guid? _ownerId;
    private CalendarView _view = CalendarView.Month;
    private CalendarRange _range = default!;
    private DateOnly _today;
    private DateOnly _anchor;
    private bool _loading = true;
    private string? _error;

    [Inject] private RevalidationQueries Revalidations { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    private string Title => _view switch
    {
        CalendarView.Month => _anchor.ToString("MMMM yyyy"),
        CalendarView.Week => $"Week of {_range.First:d MMM yyyy}",
        _ => $"{_range.First:d MMM} – {_range.Last:d MMM yyyy}, and everything overdue",
    };

    protected override async Task OnInitializedAsync()
    {
        _today = _anchor = CalendarRange.Day(Time.GetUtcNow());
        await LoadOwnersAsync();
        await LoadAsync();
    }

    private async Task LoadOwnersAsync()
    {
        try
        {
            _owners = (await Revalidations.SchedulesAsync())
                .DistinctBy(s => s.OwnerId)
                .Select(s => (s.OwnerId, s.OwnerName ?? s.OwnerId.ToString()))
                .OrderBy(o => o.Item2, StringComparer.CurrentCulture)
                .ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _owners = [];
        }
    }

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        _range = CalendarRange.For(_view, _anchor);
        try
        {
            var filter = new RevalidationCalendarFilter(_tiers.ToHashSet(), _ownerId, _range.IncludeEarlierOverdue);
            _items = await Revalidations.CalendarAsync(_range.From, _range.To, filter);
        }
        catch (ValidationFailedException ex)
        {
            _error = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The revalidation calendar could not be loaded.";
        }
        _loading = false;
    }

    private Task ViewChangedAsync(CalendarView view)
    {
        _view = view;
        return LoadAsync();
    }

    private Task MoveAsync(int step)
    {
        _anchor = CalendarRange.Move(_view, _anchor, step);
        return LoadAsync();
    }

    private Task TodayAsync()
    {
        _anchor = _today;
        return LoadAsync();
    }

    private Task TiersChangedAsync(IEnumerable<RiskTier>? tiers)
    {
        _tiers = tiers?.ToList() ?? [];
        return LoadAsync();
    }

    private Task OwnerChangedAsync(Guid? ownerId)
    {
        _ownerId = ownerId;
        return LoadAsync();
    }
}
