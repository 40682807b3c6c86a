using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Revalidation;

/// <summary>Opens due revalidation reviews and records their signatures, each change audited in its own transaction.</summary>
public sealed class RevalidationService(AuditedChanges changes)
{
    /// <summary>
    /// Opens one review per model due at <paramref name="now"/> that has none yet. Safe to run twice: the planner reads
    /// what earlier runs saved, and a review saved by a concurrent run makes the database refuse the duplicate.
    /// </summary>
    public async Task<RevalidationRunResult> OpenDueReviewsAsync(Actor actor, DateTimeOffset now, CancellationToken ct = default)
    {
        if (!actor.IsSystem && !actor.HasRole(PortalRoles.Administrator))
        {
            throw new AccessDeniedException("Only the portal's own job or an administrator can open revalidation reviews.");
        }
        try
        {
            return await changes.RunAsync(actor, async (db, audit) =>
            {
                var state = await RevalidationState.LoadAsync(db, ct);
                var opened = RevalidationPlanner.ReviewsToOpen(state.Schedules, state.Reviews, now);
                foreach (var review in opened)
                {
                    db.RevalidationReviews.Add(review);
                    audit.Record("revalidation.review-opened", nameof(RevalidationReview), review.Id.ToString(), null, review.Snapshot(), review.ModelKey);
                }
                return new RevalidationRunResult(opened.Select(RevalidationReviewView.From).ToList(), AlreadyOpened: false);
            }, ct);
        }
        catch (ConflictException)
        {
            // Only inserts happen here, so a conflict is the unique (model, due date) index: another run got there first.
            return new RevalidationRunResult([], AlreadyOpened: true);
        }
    }

    public Task SignAsOwnerAsync(Actor actor, Guid reviewId, RevalidationOutcome outcome, string? comments, CancellationToken ct = default) =>
        SignAsync(actor, reviewId, "owner", (review, model, at) =>
        {
            review.SignAsOwner(model, actor, outcome, comments, at);
            return review.OwnerSignature!;
        }, ct);

    public Task SignAsComplianceOfficerAsync(Actor actor, Guid reviewId, RevalidationOutcome outcome, string? comments,
        CancellationToken ct = default) =>
        SignAsync(actor, reviewId, "compliance officer", (review, model, at) =>
        {
            review.SignAsComplianceOfficer(model, actor, outcome, comments, at);
            return review.ComplianceOfficerSignature!;
        }, ct);

    private Task SignAsync(Actor actor, Guid reviewId, string capacity, Func<RevalidationReview, Model, DateTimeOffset, RevalidationSignature> sign,
        CancellationToken ct) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var review = await FindReviewAsync(db, reviewId, ct);
            var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == review.ModelId, ct);
            var before = review.Snapshot();

            var signature = sign(review, model, audit.At);

            audit.Record("revalidation.signed", nameof(RevalidationReview), review.Id.ToString(), before,
                new { Capacity = capacity, Signature = signature, Review = review.Snapshot() }, model.Key);
            if (!review.IsOpen)
            {
                audit.Record("revalidation.completed", nameof(RevalidationReview), review.Id.ToString(), null,
                    new { Outcome = review.Outcome?.ToString(), review.RaisesAlert, Review = review.Snapshot() }, model.Key);
            }
        }, ct);

    private static async Task<RevalidationReview> FindReviewAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        await db.RevalidationReviews.SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException($"There is no revalidation review {id}.");
}
