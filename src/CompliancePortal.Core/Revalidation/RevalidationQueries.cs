using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Revalidation;

/// <summary>Read side of revalidation: every model's schedule, a model's reviews, one review, and the calendar.</summary>
public sealed class RevalidationQueries(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <summary>The longest range one calendar request may span: a year view with its neighbouring weeks.</summary>
    public const int MaxCalendarDays = 400;

    /// <summary>Schedules matching the filter, the soonest due first.</summary>
    public async Task<IReadOnlyList<RevalidationScheduleView>> SchedulesAsync(RevalidationCalendarFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= RevalidationCalendarFilter.All;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var state = await RevalidationState.LoadAsync(db, ct);
        var now = time.GetUtcNow();
        return state.Schedules.Where(filter.Matches)
            .OrderBy(s => s.DueAt).ThenBy(s => s.ModelKey, StringComparer.Ordinal)
            .Select(s => View(s, state, now))
            .ToList();
    }

    /// <summary>The model's reviews, newest due date first.</summary>
    public async Task<IReadOnlyList<RevalidationReviewView>> ReviewsAsync(string modelKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Key == modelKey, ct)
            ?? throw new NotFoundException($"There is no model with the key '{modelKey}'.");
        var reviews = await db.RevalidationReviews.AsNoTracking().Where(r => r.ModelId == model.Id).ToListAsync(ct);
        return reviews.OrderByDescending(r => r.DueAt).Select(RevalidationReviewView.From).ToList();
    }

    public async Task<RevalidationReviewView> ReviewAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var review = await db.RevalidationReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException($"There is no revalidation review {id}.");
        return RevalidationReviewView.From(review);
    }

    /// <summary>Due, overdue and completed revalidations falling in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<IReadOnlyList<RevalidationCalendarItem>> CalendarAsync(DateTimeOffset from, DateTimeOffset to,
        RevalidationCalendarFilter? filter = null, CancellationToken ct = default)
    {
        new ValidationErrors()
            .When(to <= from, "To", "The calendar range must end after it starts.")
            .When(to - from > TimeSpan.FromDays(MaxCalendarDays), "To", $"A calendar range can span at most {MaxCalendarDays} days.")
            .ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var state = await RevalidationState.LoadAsync(db, ct);
        return RevalidationCalendar.Items(state.Schedules, state.Reviews, from, to, time.GetUtcNow(), filter);
    }

    private static RevalidationScheduleView View(RevalidationSchedule s, RevalidationState state, DateTimeOffset now)
    {
        var alert = state.AlertFor(s.ModelId);
        return new RevalidationScheduleView(s.ModelKey, s.ModelName, s.RiskTier, s.OwnerId, s.OwnerName, s.Cadence, s.BaselineAt,
            s.LastSignedOffAt, s.DueAt, s.DaysUntilDue(now), s.StatusAt(now), state.OpenReviewFor(s.ModelId)?.Id, alert is not null, alert?.Id);
    }
}
