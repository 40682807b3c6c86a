namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// Decides which revalidation reviews the recurring job opens. It only reads the state it is given, so running the job
/// twice — a retry, two app instances, a restart mid-run — opens nothing the second time once the first run's reviews
/// are saved. A unique index on (model, due date) backs this up in the database.
/// </summary>
public static class RevalidationPlanner
{
    /// <summary>
    /// One new review per model that is due at <paramref name="now"/> and has neither a review for that due date nor
    /// any review still open: a review opened for an earlier due date (before a cadence change) already covers the model,
    /// and a second open review would split its signatures.
    /// </summary>
    public static IReadOnlyList<RevalidationReview> ReviewsToOpen(IEnumerable<RevalidationSchedule> schedules,
        IEnumerable<RevalidationReview> existing, DateTimeOffset now)
    {
        var reviews = existing.ToList();
        return schedules
            .DistinctBy(s => s.ModelId)
            .Where(s => s.IsOverdue(now))
            .Where(s => !reviews.Any(r => r.Answers(s.ModelId, s.DueAt) || (r.ModelId == s.ModelId && r.IsOpen)))
            .OrderBy(s => s.DueAt)
            .ThenBy(s => s.ModelKey, StringComparer.Ordinal)
            .Select(s => RevalidationReview.Open(s, now))
            .ToList();
    }
}
