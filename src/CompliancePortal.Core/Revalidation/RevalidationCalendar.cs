namespace CompliancePortal.Core.Revalidation;

/// <summary>Projects schedules and reviews onto a date range for the month, week and list views.</summary>
public static class RevalidationCalendar
{
    /// <summary>
    /// Items due in [<paramref name="from"/>, <paramref name="to"/>), ordered by due date: each model's next revalidation
    /// (upcoming, due soon or overdue, with its open review if one exists) and every signed-off review (completed).
    /// </summary>
    public static IReadOnlyList<RevalidationCalendarItem> Items(IEnumerable<RevalidationSchedule> schedules,
        IEnumerable<RevalidationReview> reviews, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now,
        RevalidationCalendarFilter? filter = null, int dueSoonDays = RevalidationSchedule.DefaultDueSoonDays)
    {
        if (to <= from)
        {
            throw new ArgumentException("A calendar range must end after it starts.", nameof(to));
        }
        filter ??= RevalidationCalendarFilter.All;
        var shown = schedules.DistinctBy(s => s.ModelId).Where(filter.Matches).ToDictionary(s => s.ModelId);
        var byModel = reviews.Where(r => shown.ContainsKey(r.ModelId)).ToLookup(r => r.ModelId);

        var completed = byModel.SelectMany(g => g)
            .Where(r => !r.IsOpen && r.DueAt >= from && r.DueAt < to)
            .Select(r => Item(shown[r.ModelId], r.DueAt, RevalidationStatus.Completed, r));

        var next = shown.Values
            .Where(s => InRange(s, from, to, now, filter))
            // A schedule not yet told about the latest sign-off would repeat the completed item as still due.
            .Where(s => !byModel[s.ModelId].Any(r => !r.IsOpen && r.DueAt == s.DueAt))
            .Select(s => Item(s, s.DueAt, s.StatusAt(now, dueSoonDays), OpenReview(byModel[s.ModelId], s)));

        return completed.Concat(next)
            .OrderBy(i => i.DueAt)
            .ThenBy(i => i.ModelKey, StringComparer.Ordinal)
            .ToList();
    }

    private static bool InRange(RevalidationSchedule s, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, RevalidationCalendarFilter filter) =>
        s.DueAt < to && (s.DueAt >= from || (filter.IncludeEarlierOverdue && s.IsOverdue(now)));

    /// <summary>The review to click through to: the one answering this due date, else whichever is still open.</summary>
    private static RevalidationReview? OpenReview(IEnumerable<RevalidationReview> reviews, RevalidationSchedule s)
    {
        var open = reviews.Where(r => r.IsOpen).ToList();
        return open.FirstOrDefault(r => r.DueAt == s.DueAt) ?? open.OrderByDescending(r => r.OpenedAt).FirstOrDefault();
    }

    private static RevalidationCalendarItem Item(RevalidationSchedule s, DateTimeOffset dueAt, RevalidationStatus status, RevalidationReview? review) =>
        new(s.ModelId, s.ModelKey, s.ModelName, s.RiskTier, s.OwnerId, s.OwnerName, dueAt, status, review?.Id, review?.Outcome);
}
