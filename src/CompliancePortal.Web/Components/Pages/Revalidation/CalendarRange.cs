namespace CompliancePortal.Web.Components.Pages.Revalidation;

/// <summary>
/// The days one calendar view covers, in UTC. Month and week grids start on a Monday and show whole weeks; the list
/// starts today and also carries everything still overdue, so the items most in need of attention are never off-screen.
/// </summary>
public sealed record CalendarRange(DateOnly First, DateOnly Last, bool IncludeEarlierOverdue)
{
    public const int ListDays = 90;

    public DateTimeOffset From => new(First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset To => new(Last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, Last.DayNumber - First.DayNumber + 1).Select(First.AddDays);

    public static CalendarRange For(CalendarView view, DateOnly anchor) => view switch
    {
        CalendarView.Month => new(Monday(new DateOnly(anchor.Year, anchor.Month, 1)),
            Monday(new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(1).AddDays(-1)).AddDays(6), false),
        CalendarView.Week => new(Monday(anchor), Monday(anchor).AddDays(6), false),
        _ => new(anchor, anchor.AddDays(ListDays - 1), true),
    };

    /// <summary>The anchor one page earlier (<paramref name="step"/> = -1) or later (+1) in the view.</summary>
    public static DateOnly Move(CalendarView view, DateOnly anchor, int step) => view switch
    {
        CalendarView.Month => anchor.AddMonths(step),
        CalendarView.Week => anchor.AddDays(7 * step),
        _ => anchor.AddDays(ListDays * step),
    };

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
