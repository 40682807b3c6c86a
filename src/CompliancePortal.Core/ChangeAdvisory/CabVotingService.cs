using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// Votes on agenda items and the chair's close, whose decision feeds the promotion's CAB gate: an approval lets the
/// request go on (once its conditions are confirmed), a rejection ends the request with the board's reasons.
/// </summary>
public sealed class CabVotingService(AuditedChanges changes, LiveUpdates live)
{
    public async Task<CabBallot> VoteAsync(Actor actor, Guid reviewId, CabChoice choice, string? conditions, string? reason, CancellationToken ct = default)
    {
        ChangeReview? changed = null;
        var ballot = await changes.RunAsync(actor, async (db, audit) =>
        {
            var review = await ChangeReviewService.FindAsync(db, reviewId, ct);
            var board = await CabMeetingService.BoardAsync(db, review.BoardId, ct);
            var model = await db.Models.SingleAsync(m => m.Id == review.ModelId, ct);
            var before = review.Votes.SingleOrDefault(v => v.MemberId == actor.PersonId)?.Ballot;
            var ballot = review.Vote(board, model, actor, choice, conditions, reason, audit.At);
            audit.Record(before is null ? "cab.vote-cast" : "cab.vote-changed", nameof(ChangeReview), review.Id.ToString(), before,
                new { ReviewId = review.Id, ballot.MemberId, ballot.MemberName, Choice = ballot.Choice.ToString(), ballot.Conditions, ballot.Reason, ballot.CastAt },
                review.ModelKey);
            changed = review;
            return ballot;
        }, ct);
        live.Publish(CabChanged.Review(changed!));
        return ballot;
    }

    /// <param name="seenRevision">
    /// The review's revision the chair was looking at; when given and a vote has come in since, the close is refused so
    /// the chair never decides on a tally they did not see.
    /// </param>
    public async Task<BoardDecision> CloseItemAsync(Actor actor, Guid reviewId, int? seenRevision = null, CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        ChangeReview? changed = null;
        var decision = await changes.RunAsync(actor, async (db, audit) =>
        {
            var review = await ChangeReviewService.FindAsync(db, reviewId, ct);
            var board = await CabMeetingService.BoardAsync(db, review.BoardId, ct);
            var model = await db.Models.SingleAsync(m => m.Id == review.ModelId, ct);
            if (seenRevision is { } seen && seen != review.Revision && !review.IsDecided)
            {
                throw new ConflictException("The votes changed while you were looking: check the tally as it is now, then close the item again.");
            }
            var before = review.Snapshot();
            var decision = review.Close(board, model, actor, audit.At);
            audit.Record("cab.decided", nameof(ChangeReview), review.Id.ToString(), before, new
            {
                Review = review.Snapshot(),
                Outcome = decision.Outcome.ToString(),
                decision.Tally,
                Votes = decision.Ballots.Select(b => new { b.MemberId, b.MemberName, Choice = b.Choice.ToString(), b.Conditions, b.Reason, b.CastAt }),
                decision.Recused,
                Conditions = review.Conditions.Select(c => c.Snapshot()),
            }, review.ModelKey);
            notified.AddRange(await ApplyToPromotionAsync(db, audit, review, decision, ct));
            changed = review;
            return decision;
        }, ct);
        live.Publish(CabChanged.Agenda(changed!.BoardId, changed.MeetingId, changed.Id));
        live.Publish(new NotificationsRaised(notified));
        return decision;
    }

    /// <summary>
    /// A rejection ends the pending request for the version; a rollback's follow-up is closed by any decision. The
    /// requester hears the outcome either way.
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> ApplyToPromotionAsync(PortalDbContext db, AuditRecorder audit, ChangeReview review,
        BoardDecision decision, CancellationToken ct)
    {
        string text;
        if (review.Source == ChangeReviewSource.RollbackFollowUp)
        {
            var followUp = await db.CabFollowUps.SingleOrDefaultAsync(f => f.Id == review.FollowUpId, ct);
            if (followUp is not null)
            {
                followUp.Close(audit.At);
                audit.Record("cab.follow-up-closed", nameof(CabFollowUp), followUp.Id.ToString(), null, followUp.Snapshot(), review.ModelKey);
            }
            text = $"The CAB reviewed the rollback of {review.ModelKey} to {review.VersionLabel}: {Outcome(decision)}.";
        }
        else if (!decision.Approves)
        {
            var reasons = string.Join(" ", decision.RejectionReasons.Select(r => $"\"{r}\""));
            // Only the promotion this review gates ends; a pending rollback of the version is not the board's to stop.
            var pending = review.PromotionRequestId is { } requestId
                ? await db.PromotionRequests.Include(r => r.Signatures)
                    .SingleOrDefaultAsync(r => r.Id == requestId && r.State == PromotionState.Pending && r.Kind == PromotionKind.Promotion, ct)
                : null;
            if (pending is not null)
            {
                var before = pending.Snapshot();
                pending.EndByCabRejection($"The change advisory board rejected the change on {audit.At:yyyy-MM-dd}. Reasons: {reasons}", audit.At);
                audit.Record("promotion.ended-by-cab", nameof(PromotionRequest), pending.Id.ToString(), before, pending.Snapshot(), review.ModelKey);
            }
            text = $"The CAB rejected {review.ModelKey} {review.VersionLabel}{(pending is null ? "" : "; the promotion request is ended")}. Reasons: {reasons}";
        }
        else
        {
            text = decision.Outcome == CabOutcome.ApprovedWithConditions
                ? $"The CAB approved {review.ModelKey} {review.VersionLabel} with {review.Conditions.Count} condition(s): mark each done for the chair to confirm."
                : $"The CAB approved {review.ModelKey} {review.VersionLabel}: the CAB gate passes.";
        }
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == review.ModelId, ct);
        var told = review.ToldOfOutcome(model);
        foreach (var person in told)
        {
            db.Notifications.Add(Notification.To(person, text, ChangeReviewService.Link(review), audit.At));
        }
        return told;
    }

    private static string Outcome(BoardDecision decision) => decision.Outcome switch
    {
        CabOutcome.Approved => "endorsed",
        CabOutcome.ApprovedWithConditions => "endorsed with conditions",
        _ => "not endorsed; reasons: " + string.Join(" ", decision.RejectionReasons.Select(r => $"\"{r}\"")),
    };
}
