using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// Every model's schedule and every review, read together. Schedules are derived, never stored: the last sign-off
/// comes from the reviews, and the baseline is the model's first day in Production (its registration if it has none).
/// </summary>
internal sealed record RevalidationState(IReadOnlyList<RevalidationSchedule> Schedules, IReadOnlyList<RevalidationReview> Reviews)
{
    public static async Task<RevalidationState> LoadAsync(PortalDbContext db, CancellationToken ct)
    {
        var models = await db.Models.AsNoTracking().Include(m => m.Owner).ToListAsync(ct);
        var reviews = await db.RevalidationReviews.AsNoTracking().ToListAsync(ct);
        var production = (await db.ModelVersions.AsNoTracking().Where(v => v.Stage == ModelStage.Production)
                .Select(v => new { v.ModelId, v.Label, v.RegisteredAt }).ToListAsync(ct))
            .GroupBy(v => v.ModelId)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.RegisteredAt)!.Label);
        var firstProduction = (await db.ProductionPeriods.AsNoTracking().Select(p => new { p.ModelId, p.StartedAt }).ToListAsync(ct))
            .GroupBy(p => p.ModelId)
            .ToDictionary(g => g.Key, g => g.Min(p => p.StartedAt));
        var lastSignOff = reviews.Where(r => r.SignedOffAt is not null)
            .GroupBy(r => r.ModelId)
            .ToDictionary(g => g.Key, g => g.Max(r => r.SignedOffAt!.Value));

        var schedules = models
            .Select(m => RevalidationSchedule.For(m, production.GetValueOrDefault(m.Id),
                firstProduction.TryGetValue(m.Id, out var first) ? first : null,
                lastSignOff.TryGetValue(m.Id, out var at) ? at : null))
            .ToList();
        return new RevalidationState(schedules, reviews);
    }

    /// <summary>A failed revalidation stays an alert on the model until a later review is signed off without failing.</summary>
    public RevalidationReview? AlertFor(Guid modelId) =>
        Reviews.Where(r => r.ModelId == modelId && r.SignedOffAt is not null).MaxBy(r => r.SignedOffAt) is { RaisesAlert: true } last ? last : null;

    public RevalidationReview? OpenReviewFor(Guid modelId) =>
        Reviews.Where(r => r.ModelId == modelId && r.IsOpen).MaxBy(r => r.OpenedAt);
}
