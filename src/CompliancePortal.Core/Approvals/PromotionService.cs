using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Promotion requests, their signatures and the promotion itself: the only path by which a version reaches Production.
/// Each call is one audited transaction; the last required approval moves the production alias in that same transaction.
/// </summary>
public sealed class PromotionService(AuditedChanges changes, PromotionEvidenceReader evidence, SigningPolicy signing, IPromotionObserver observer,
    ICabDecisions cab, LiveUpdates live)
{
    public async Task<PromotionRequest> RequestAsync(Actor actor, string modelKey, string label, PromotionSubmission submission,
        CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var request = await changes.RunAsync(actor, async (db, audit) =>
        {
            var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
            await RequireNoOpenRequestAsync(db, model, ct);
            var snapshot = await evidence.ReadAsync(db, model, version, audit.At, ct);
            var request = PromotionRequest.Submit(model, version, actor, submission, snapshot, audit.At);
            db.PromotionRequests.Add(request);
            audit.Record("promotion.requested", nameof(PromotionRequest), request.Id.ToString(), null,
                new { Request = request.Snapshot(), Evidence = snapshot }, model.Key);
            notified.AddRange(await cab.PromotionRequestedAsync(db, audit, request, model, version, ct));
            notified.AddRange(await NotifyOfficersAsync(db, request, model, audit.At, ct));
            return request;
        }, ct);
        Notify(notified);
        return request;
    }

    /// <summary>Rolls back to a version that was in Production before, judged on the evidence that put it there last time.</summary>
    public async Task<PromotionRequest> RequestRollbackAsync(Actor actor, string modelKey, string label, PromotionSubmission submission,
        CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var request = await changes.RunAsync(actor, async (db, audit) =>
        {
            var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
            await RequireNoOpenRequestAsync(db, model, ct);
            var lastPeriod = await db.ProductionPeriods.AsNoTracking().Where(p => p.ModelVersionId == version.Id)
                .OrderByDescending(p => p.StartedAt).FirstOrDefaultAsync(ct);
            EvidenceSnapshot? then = null;
            if (lastPeriod is not null)
            {
                then = (await db.PromotionRequests.AsNoTracking().SingleAsync(r => r.Id == lastPeriod.PromotionRequestId, ct)).Evidence;
            }
            var request = PromotionRequest.SubmitRollback(model, version, actor, submission, then, audit.At);
            db.PromotionRequests.Add(request);
            audit.Record("promotion.rollback-requested", nameof(PromotionRequest), request.Id.ToString(), null,
                new { Request = request.Snapshot(), Evidence = request.Evidence, LastInProductionUntil = lastPeriod?.EndedAt }, model.Key);
            notified.AddRange(await NotifyOfficersAsync(db, request, model, audit.At, ct));
            return request;
        }, ct);
        Notify(notified);
        return request;
    }

    /// <summary>
    /// Signs a request as a compliance officer. Segregation of duties, the fresh authentication and the gates are checked
    /// here, at the moment of signing, against the evidence as it is now; the last required approval promotes.
    /// </summary>
    public async Task<SignOutcome> SignAsync(Actor actor, Guid requestId, SignatureDecision decision, string? comment, SigningAuthentication? proof,
        CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var outcome = await changes.RunAsync(actor, async (db, audit) =>
        {
            var request = await db.PromotionRequests.Include(r => r.Signatures).SingleOrDefaultAsync(r => r.Id == requestId, ct)
                ?? throw new NotFoundException($"There is no promotion request {requestId}.");
            var model = await db.Models.SingleAsync(m => m.Id == request.ModelId, ct);
            var version = await db.ModelVersions.SingleAsync(v => v.Id == request.ModelVersionId, ct);
            var email = actor.PersonId is { } id ? await db.People.Where(p => p.Id == id).Select(p => p.Email).SingleOrDefaultAsync(ct) ?? "" : "";
            var current = request.Kind == PromotionKind.Rollback ? request.Evidence : await evidence.ReadAsync(db, model, version, audit.At, ct);
            var before = request.Snapshot();

            var outcome = request.Sign(model, actor, email, decision, comment, proof, signing, current, audit.At);

            foreach (var stale in outcome.Invalidated)
            {
                audit.Record("promotion.approval-invalidated", nameof(PromotionSignature), stale.Id.ToString(), null, stale.Snapshot(), model.Key);
            }
            audit.Record("promotion.signed", nameof(PromotionRequest), request.Id.ToString(), before,
                new { Signature = outcome.Signature.Snapshot(), Request = request.Snapshot(), Evidence = current }, model.Key);
            if (outcome.ReadyToPromote)
            {
                notified.AddRange(await PromoteAsync(db, audit, request, model, version, ct));
            }
            if (!request.IsPending)
            {
                var text = request.State == PromotionState.Promoted
                    ? $"{model.Key} {request.VersionLabel} is in production: approved by {string.Join(" and ", request.Signatures.Where(s => s.IsCounted && s.Decision == SignatureDecision.Approve).Select(s => s.PrintedName))}."
                    : $"{outcome.Signature.PrintedName} rejected the promotion of {model.Key} {request.VersionLabel}: {outcome.Signature.Comment}";
                db.Notifications.Add(Notification.To(request.RequestedById, text, Link(request), audit.At));
                notified.Add(request.RequestedById);
            }
            return outcome;
        }, ct);
        Notify(notified);
        return outcome;
    }

    /// <summary>
    /// Moves the alias and the stages in the caller's transaction. Each step is flushed before the next, so a failure
    /// part-way is rolled back by the database, not merely never saved.
    /// </summary>
    /// <returns>Who was notified (the board, of a rollback's follow-up).</returns>
    private async Task<IReadOnlyList<Guid>> PromoteAsync(PortalDbContext db, AuditRecorder audit, PromotionRequest request, Model model,
        ModelVersion version, CancellationToken ct)
    {
        IReadOnlyList<Guid> notified = [];
        var alias = await db.ProductionAliases.SingleOrDefaultAsync(a => a.ModelId == model.Id, ct);
        var aliasBefore = alias?.Snapshot();
        var previousLabel = alias?.VersionLabel;
        if (alias is not null)
        {
            var previous = await db.ModelVersions.SingleAsync(v => v.Id == alias.ModelVersionId, ct);
            var previousBefore = previous.Snapshot();
            previous.LeaveProduction(request.PreviousVersionStage);
            audit.Record("model-version.stage-changed", nameof(ModelVersion), previous.Id.ToString(), previousBefore, previous.Snapshot(), model.Key);
            var period = await db.ProductionPeriods.SingleAsync(p => p.ModelId == model.Id && p.EndedAt == null, ct);
            period.End(audit.At);
        }
        await StepAsync(db, PromotionStep.PreviousVersionStepsAside, ct);

        var versionBefore = version.Snapshot();
        version.EnterProduction();
        audit.Record("model-version.stage-changed", nameof(ModelVersion), version.Id.ToString(), versionBefore, version.Snapshot(), model.Key);
        await StepAsync(db, PromotionStep.VersionEntersProduction, ct);

        if (alias is null)
        {
            alias = ProductionAlias.Point(version, request, audit.At);
            db.ProductionAliases.Add(alias);
        }
        else
        {
            alias.MoveTo(version, request, audit.At);
        }
        audit.Record("production-alias.moved", nameof(ProductionAlias), model.Id.ToString(), aliasBefore, alias.Snapshot(), model.Key);
        await StepAsync(db, PromotionStep.AliasMoved, ct);

        db.ProductionPeriods.Add(ProductionPeriod.Begin(request, audit.At));
        await StepAsync(db, PromotionStep.HistoryRecorded, ct);

        var requestBefore = request.Snapshot();
        request.MarkPromoted(audit.At);
        audit.Record(request.Kind == PromotionKind.Rollback ? "promotion.rolled-back" : "promotion.promoted", nameof(PromotionRequest),
            request.Id.ToString(), requestBefore, new { Request = request.Snapshot(), ElapsedSeconds = request.Elapsed?.TotalSeconds }, model.Key);
        if (request.Kind == PromotionKind.Rollback)
        {
            var followUp = CabFollowUp.ForRollback(request, previousLabel ?? "(none)", audit.At);
            db.CabFollowUps.Add(followUp);
            audit.Record("cab.follow-up-raised", nameof(CabFollowUp), followUp.Id.ToString(), null, followUp.Snapshot(), model.Key);
            notified = await cab.FollowUpRaisedAsync(db, audit, followUp, request, model, version, ct);
        }
        await StepAsync(db, PromotionStep.RequestCompleted, ct);
        return notified;
    }

    private async Task StepAsync(PortalDbContext db, PromotionStep step, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await observer.StepCompletedAsync(step, ct);
    }

    private static async Task RequireNoOpenRequestAsync(PortalDbContext db, Model model, CancellationToken ct)
    {
        var open = await db.PromotionRequests.AsNoTracking().Where(r => r.ModelId == model.Id && r.State == PromotionState.Pending)
            .Select(r => r.VersionLabel).FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            PromotionRefusal.Domain(PromotionRule.OneOpenRequest,
                $"{model.Key} already has an open request (for {open}); it must be decided before another is made.").ThrowIt();
        }
    }

    private static async Task<IReadOnlyList<Guid>> NotifyOfficersAsync(PortalDbContext db, PromotionRequest request, Model model, DateTimeOffset at,
        CancellationToken ct)
    {
        // Roles are those seen at each person's last sign-in: good enough to tell people, never used to authorise.
        var officers = (await db.People.AsNoTracking().Where(p => p.LastSeenRoles.Contains(PortalRoles.ComplianceOfficer)).ToListAsync(ct))
            .Where(p => p.Roles.Contains(PortalRoles.ComplianceOfficer) && !model.IsOwnedBy(p.Id) && p.Id != request.RequestedById)
            .Select(p => p.Id).ToList();
        var what = request.Kind == PromotionKind.Rollback ? "Rollback" : "Promotion";
        foreach (var officer in officers)
        {
            db.Notifications.Add(Notification.To(officer, $"{what} of {model.Key} to {request.VersionLabel} requested by {request.RequestedByName}.",
                Link(request), at));
        }
        return officers;
    }

    private static string Link(PromotionRequest request) => $"/promotions/{request.Id}";

    private void Notify(IReadOnlyCollection<Guid> recipients)
    {
        if (recipients.Count > 0)
        {
            live.Publish(new NotificationsRaised(recipients));
        }
    }
}
