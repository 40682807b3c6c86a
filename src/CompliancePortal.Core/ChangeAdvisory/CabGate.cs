using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// The board as promotions see it: the decision the CAB gate reads, and the reviews opened automatically for Major
/// promotion requests and for rollbacks' follow-ups, inside the promotion's own transaction.
/// </summary>
public sealed class CabGate : ICabDecisions
{
    public async Task<CabDecision?> DecisionForAsync(PortalDbContext db, Guid modelVersionId, CancellationToken ct)
    {
        var review = await CurrentReviewAsync(db, modelVersionId, ct);
        return review?.GateDecision();
    }

    public async Task<IReadOnlyList<Guid>> PromotionRequestedAsync(PortalDbContext db, AuditRecorder audit, PromotionRequest request, Model model,
        ModelVersion version, CancellationToken ct)
    {
        var current = await CurrentReviewAsync(db, version.Id, ct);
        if (current is { State: not ChangeReviewState.Rejected })
        {
            var linkedIsPending = current.PromotionRequestId is { } linked
                && await db.PromotionRequests.AnyAsync(r => r.Id == linked && r.State == PromotionState.Pending, ct);
            if (!linkedIsPending)
            {
                var before = current.Snapshot();
                current.LinkRequest(request.Id);
                audit.Record("cab.review-linked", nameof(ChangeReview), current.Id.ToString(), before, current.Snapshot(), model.Key);
            }
            return [];
        }
        if (version.ChangeClass != ChangeClass.Major)
        {
            return [];
        }
        var reason = $"Major change: promotion of {model.Key} {version.Label} requested by {request.RequestedByName}. {request.Rationale}";
        var (_, notified) = await OpenAsync(db, audit, model, version, ChangeReviewSource.MajorChange, request.RequestedById, request.RequestedByName,
            reason, request.Id, null, ct);
        return notified;
    }

    public async Task<IReadOnlyList<Guid>> FollowUpRaisedAsync(PortalDbContext db, AuditRecorder audit, CabFollowUp followUp, PromotionRequest rollback,
        Model model, ModelVersion version, CancellationToken ct)
    {
        var (_, notified) = await OpenAsync(db, audit, model, version, ChangeReviewSource.RollbackFollowUp, rollback.RequestedById,
            rollback.RequestedByName, followUp.Reason, rollback.Id, followUp.Id, ct);
        return notified;
    }

    /// <summary>The review that decides the version's CAB gate: the latest one, rollback follow-ups aside.</summary>
    internal static Task<ChangeReview?> CurrentReviewAsync(PortalDbContext db, Guid modelVersionId, CancellationToken ct) =>
        db.ChangeReviews.Include(r => r.Conditions)
            .Where(r => r.ModelVersionId == modelVersionId && r.Source != ChangeReviewSource.RollbackFollowUp)
            .OrderByDescending(r => r.OpenedAt).FirstOrDefaultAsync(ct);

    /// <summary>Opens a review before the board covering the model and tells the chair and the requester.</summary>
    internal static async Task<(ChangeReview Review, IReadOnlyList<Guid> Notified)> OpenAsync(PortalDbContext db, AuditRecorder audit, Model model, ModelVersion version,
        ChangeReviewSource source, Guid requesterId, string requesterName, string reason, Guid? requestId, Guid? followUpId, CancellationToken ct)
    {
        var board = await CoveringBoardAsync(db, model, ct);
        var review = ChangeReview.Open(model, version, source, requesterId, requesterName, reason, board?.Id, audit.At, requestId, followUpId);
        db.ChangeReviews.Add(review);
        audit.Record("cab.review-opened", nameof(ChangeReview), review.Id.ToString(), null, review.Snapshot(), model.Key);
        var link = $"/cab/reviews/{review.Id}";
        var what = source == ChangeReviewSource.RollbackFollowUp ? "Rollback follow-up" : "Change review";
        var notified = new List<Guid>();
        db.Notifications.Add(Notification.To(requesterId,
            $"{what} of {model.Key} {version.Label} opened{(board is null ? "" : $" before {board.Name}")}: fill in its risk assessment.", link, audit.At));
        notified.Add(requesterId);
        if (board is null)
        {
            // Roles as last seen: good enough to tell people, never used to authorise.
            var administrators = (await db.People.AsNoTracking().Where(p => p.LastSeenRoles.Contains(PortalRoles.Administrator)).ToListAsync(ct))
                .Where(p => p.Roles.Contains(PortalRoles.Administrator)).Select(p => p.Id).ToList();
            foreach (var administrator in administrators)
            {
                db.Notifications.Add(Notification.To(administrator,
                    $"No change advisory board covers {model.Key} ({model.RiskTier} risk): its {what.ToLowerInvariant()} of {version.Label} waits for one.",
                    link, audit.At));
            }
            notified.AddRange(administrators);
        }
        if (board is not null && board.ChairId != requesterId)
        {
            db.Notifications.Add(Notification.To(board.ChairId, $"{what} of {model.Key} {version.Label} is waiting for {board.Name}.", link, audit.At));
            notified.Add(board.ChairId);
        }
        return (review, notified);
    }

    /// <summary>A board naming the model wins over one covering its risk tier; among equals, the first by name.</summary>
    internal static async Task<ChangeAdvisoryBoard?> CoveringBoardAsync(PortalDbContext db, Model model, CancellationToken ct)
    {
        var boards = await db.ChangeAdvisoryBoards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        return boards.FirstOrDefault(b => b.ModelKeys.Contains(model.Key)) ?? boards.FirstOrDefault(b => b.RiskTiers.Contains(model.RiskTier));
    }
}
