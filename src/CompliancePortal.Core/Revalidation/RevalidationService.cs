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
        RequireSystemOrAdministrator(actor, "open revalidation reviews");
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

    /// <summary>Attaches the evaluation the portal ran for a review, as the evidence its signers will judge.</summary>
    public Task AttachEvaluationAsync(Actor actor, Guid reviewId, Guid evaluationRunId, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            RequireSystemOrAdministrator(actor, "attach evaluations to revalidation reviews");
            var review = await FindReviewAsync(db, reviewId, ct);
            if (!await db.EvaluationRuns.AnyAsync(r => r.Id == evaluationRunId, ct))
            {
                throw new NotFoundException($"There is no evaluation {evaluationRunId}.");
            }
            var before = review.Snapshot();
            review.AttachEvaluation(evaluationRunId);
            audit.Record("revalidation.evaluation-attached", nameof(RevalidationReview), review.Id.ToString(), before, review.Snapshot(),
                review.ModelKey);
        }, ct);

    /// <summary>Records, for the signers and the auditor, why the portal did not evaluate the production version itself.</summary>
    public Task NoteEvaluationNotRunAsync(Actor actor, Guid reviewId, string reason, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            RequireSystemOrAdministrator(actor, "note on revalidation reviews");
            var review = await FindReviewAsync(db, reviewId, ct);
            audit.Record("revalidation.evaluation-not-run", nameof(RevalidationReview), review.Id.ToString(), null,
                new { Reason = reason }, review.ModelKey);
        }, ct);

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

    private static void RequireSystemOrAdministrator(Actor actor, string what)
    {
        if (!actor.IsSystem && !actor.HasRole(PortalRoles.Administrator))
        {
            throw new AccessDeniedException($"Only the portal's own job or an administrator can {what}.");
        }
    }

    private static async Task<RevalidationReview> FindReviewAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        await db.RevalidationReviews.SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException($"There is no revalidation review {id}.");
}
