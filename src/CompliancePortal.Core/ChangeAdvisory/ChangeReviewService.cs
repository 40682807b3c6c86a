using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// The requester's side of a change review: an owner asks for the board's review, fills in the risk assessment, and
/// marks the decision's conditions done; the chair confirms them. Each call is one audited transaction.
/// </summary>
public sealed class ChangeReviewService(AuditedChanges changes, LiveUpdates live)
{
    public async Task<Guid> RequestReviewAsync(Actor actor, string modelKey, string label, string? reason, CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var review = await changes.RunAsync(actor, async (db, audit) =>
        {
            var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
            if (ChangeReview.AskRefusal(actor, model, await CabGate.CurrentReviewAsync(db, version.Id, ct)) is { } refusal)
            {
                throw refusal;
            }
            var text = reason?.Trim() ?? "";
            new ValidationErrors()
                .When(text.Length == 0, "Reason", "Say why the board should review this change.")
                .When(text.Length > ChangeReview.MaxReasonLength, "Reason", $"The reason can be at most {ChangeReview.MaxReasonLength} characters.")
                .ThrowIfAny();
            var pending = await db.PromotionRequests.AsNoTracking()
                .Where(r => r.ModelVersionId == version.Id && r.State == PromotionState.Pending).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
            var (review, told) = await CabGate.OpenAsync(db, audit, model, version, ChangeReviewSource.OwnerRequested, actor.RequirePerson(),
                actor.DisplayName, text, pending, null, ct);
            notified.AddRange(told);
            return review;
        }, ct);
        Publish(review, notified);
        return review.Id;
    }

    public async Task AssessAsync(Actor actor, Guid reviewId, RiskAssessment assessment, CancellationToken ct = default)
    {
        var review = await changes.RunAsync(actor, async (db, audit) =>
        {
            var review = await FindAsync(db, reviewId, ct);
            var model = await db.Models.SingleAsync(m => m.Id == review.ModelId, ct);
            var before = review.AssessmentSnapshot();
            review.Assess(actor, model, assessment, audit.At);
            audit.Record("cab.risk-assessed", nameof(ChangeReview), review.Id.ToString(), before, review.AssessmentSnapshot(), model.Key);
            return review;
        }, ct);
        Publish(review, []);
    }

    public async Task MarkConditionDoneAsync(Actor actor, Guid reviewId, Guid conditionId, string? note, CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var review = await changes.RunAsync(actor, async (db, audit) =>
        {
            var review = await FindAsync(db, reviewId, ct);
            var model = await db.Models.SingleAsync(m => m.Id == review.ModelId, ct);
            var condition = review.MarkConditionDone(model, actor, conditionId, note, audit.At);
            audit.Record("cab.condition-done", nameof(CabCondition), condition.Id.ToString(), null, condition.Snapshot(), model.Key);
            var chair = await db.ChangeAdvisoryBoards.Where(b => b.Id == review.BoardId).Select(b => b.ChairId).SingleAsync(ct);
            if (chair != actor.PersonId)
            {
                db.Notifications.Add(Notification.To(chair,
                    $"{actor.DisplayName} marked condition {condition.Number} on {model.Key} {review.VersionLabel} done; confirm it.", Link(review), audit.At));
                notified.Add(chair);
            }
            return review;
        }, ct);
        Publish(review, notified);
    }

    public async Task ConfirmConditionAsync(Actor actor, Guid reviewId, Guid conditionId, CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var review = await changes.RunAsync(actor, async (db, audit) =>
        {
            var review = await FindAsync(db, reviewId, ct);
            var board = await db.ChangeAdvisoryBoards.Include(b => b.Members).SingleAsync(b => b.Id == review.BoardId, ct);
            var model = await db.Models.SingleAsync(m => m.Id == review.ModelId, ct);
            var condition = review.ConfirmCondition(board, model, actor, conditionId, audit.At);
            audit.Record("cab.condition-confirmed", nameof(CabCondition), condition.Id.ToString(), null, condition.Snapshot(), review.ModelKey);
            var text = review.ApprovalComplete
                ? $"Every CAB condition on {review.ModelKey} {review.VersionLabel} is confirmed: the CAB gate passes."
                : $"{actor.DisplayName} confirmed condition {condition.Number} on {review.ModelKey} {review.VersionLabel}.";
            var told = review.ToldOfOutcome(model).Append(condition.DoneById!.Value).Distinct().ToList();
            foreach (var person in told)
            {
                db.Notifications.Add(Notification.To(person, text, Link(review), audit.At));
            }
            notified.AddRange(told);
            return review;
        }, ct);
        Publish(review, notified);
    }

    internal static async Task<ChangeReview> FindAsync(PortalDbContext db, Guid reviewId, CancellationToken ct) =>
        await db.ChangeReviews.Include(r => r.Votes).Include(r => r.Conditions).SingleOrDefaultAsync(r => r.Id == reviewId, ct)
        ?? throw new NotFoundException($"There is no change review {reviewId}.");

    internal static string Link(ChangeReview review) => $"/cab/reviews/{review.Id}";

    private void Publish(ChangeReview review, IReadOnlyCollection<Guid> notified)
    {
        live.Publish(CabChanged.Review(review));
        if (notified.Count > 0)
        {
            live.Publish(new NotificationsRaised(notified));
        }
    }
}
