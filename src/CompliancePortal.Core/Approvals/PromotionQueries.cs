using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Approvals;

/// <summary>Read side of promotions: readiness checklists, requests with their evidence, the production alias and its history.</summary>
public sealed class PromotionQueries(IDbContextFactory<PortalDbContext> contexts, PromotionEvidenceReader evidence, TimeProvider time)
{
    public async Task<ReadinessView> ReadinessAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
        var snapshot = await evidence.ReadAsync(db, model, version, time.GetUtcNow(), ct);
        var drift = await db.DriftPolicies.AsNoTracking().Where(p => p.ModelVersionId == version.Id).Select(p => (int?)p.Revision).SingleOrDefaultAsync(ct);
        var check = await db.ReproducibilityChecks.AsNoTracking().Where(c => c.ModelVersionId == version.Id).OrderByDescending(c => c.CheckedAt)
            .FirstOrDefaultAsync(ct);
        var open = await db.PromotionRequests.AsNoTracking().Include(r => r.Signatures)
            .Where(r => r.ModelId == model.Id && r.State == PromotionState.Pending).FirstOrDefaultAsync(ct);
        var wasInProduction = await db.ProductionPeriods.AnyAsync(p => p.ModelVersionId == version.Id && p.EndedAt != null, ct);
        return new ReadinessView(model.Key, version.Label, version.Stage, version.ChangeClass, model.RiskTier, snapshot,
            PromotionPolicy.RequiredApprovals(model.RiskTier, PromotionKind.Promotion), drift ?? 0,
            check is null ? null : ReproducibilityCheckView.From(check), open is null ? null : PromotionRequestSummary.From(open), wasInProduction);
    }

    public async Task<PromotionRequestView> RequestAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var request = await db.PromotionRequests.AsNoTracking().Include(r => r.Signatures).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException($"There is no promotion request {id}.");
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == request.ModelId, ct);
        var version = await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Id == request.ModelVersionId, ct);
        var frozen = request.Evidence;
        var followUp = await db.CabFollowUps.AsNoTracking().Where(f => f.PromotionRequestId == request.Id).Select(f => f.Reason).SingleOrDefaultAsync(ct);
        var review = await db.ChangeReviews.AsNoTracking().Where(r => r.PromotionRequestId == request.Id).OrderByDescending(r => r.OpenedAt)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        EvidenceSnapshot? current = request.Kind == PromotionKind.Rollback
            ? frozen
            : request.IsPending ? await evidence.ReadAsync(db, model, version, time.GetUtcNow(), ct) : null;
        var signatures = request.Signatures.OrderBy(s => s.SignedAt).Select(s => SignatureView.From(s, current, request)).ToList();
        return new PromotionRequestView(request.Id, model.Key, model.Name, request.VersionLabel, request.Kind, request.State, request.TargetStage,
            request.PreviousVersionStage, request.RequestedById, request.RequestedByName, request.RequestedAt, request.Rationale, request.ChangeClass,
            request.RiskTier, request.RequiredApprovals, signatures.Count(s => s.Counts && s.Decision == SignatureDecision.Approve),
            frozen, current, current is not null && current.Fingerprint != frozen.Fingerprint, signatures,
            request.DecidedAt, request.PromotedAt, request.Elapsed?.TotalSeconds, model.OwnerId, model.BackupOwnerId, followUp, request.EndedBecause,
            review);
    }

    /// <summary>The model's requests, newest first.</summary>
    public async Task<IReadOnlyList<PromotionRequestSummary>> RequestsAsync(string modelKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Key == modelKey, ct)
            ?? throw new NotFoundException($"There is no model '{modelKey}'.");
        var requests = await db.PromotionRequests.AsNoTracking().Include(r => r.Signatures).Where(r => r.ModelId == model.Id).ToListAsync(ct);
        return requests.OrderByDescending(r => r.RequestedAt).Select(PromotionRequestSummary.From).ToList();
    }

    /// <summary>Every pending request, oldest first: a compliance officer's queue.</summary>
    public async Task<IReadOnlyList<PromotionRequestSummary>> PendingAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var requests = await db.PromotionRequests.AsNoTracking().Include(r => r.Signatures).Where(r => r.State == PromotionState.Pending).ToListAsync(ct);
        return requests.OrderBy(r => r.RequestedAt).Select(PromotionRequestSummary.From).ToList();
    }

    /// <summary>The model's production version for serving systems; null when it has none yet.</summary>
    public async Task<ProductionView?> ProductionAsync(string modelKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Key == modelKey, ct)
            ?? throw new NotFoundException($"There is no model '{modelKey}'.");
        var alias = await db.ProductionAliases.AsNoTracking().SingleOrDefaultAsync(a => a.ModelId == model.Id, ct);
        if (alias is null)
        {
            return null;
        }
        var version = await db.ModelVersions.AsNoTracking().SingleAsync(v => v.Id == alias.ModelVersionId, ct);
        var request = await db.PromotionRequests.AsNoTracking().Include(r => r.Signatures).SingleAsync(r => r.Id == alias.PromotionRequestId, ct);
        return new ProductionView(model.Key, version.Label, version.ArtifactUri, version.ArtifactSha256, alias.Since, request.Id, request.Kind,
            request.Signatures.Where(s => s.IsCounted && s.Decision == SignatureDecision.Approve).OrderBy(s => s.SignedAt).Select(s => s.PrintedName).ToList());
    }

    /// <summary>Which version was in production over which period, newest first, with the approvals behind each.</summary>
    public async Task<IReadOnlyList<ProductionPeriodView>> HistoryAsync(string modelKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Key == modelKey, ct)
            ?? throw new NotFoundException($"There is no model '{modelKey}'.");
        var periods = await db.ProductionPeriods.AsNoTracking().Where(p => p.ModelId == model.Id).ToListAsync(ct);
        var requestIds = periods.Select(p => p.PromotionRequestId).ToList();
        var requests = await db.PromotionRequests.AsNoTracking().Include(r => r.Signatures).Where(r => requestIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, ct);
        return periods.OrderByDescending(p => p.StartedAt).Select(p =>
        {
            var r = requests[p.PromotionRequestId];
            return new ProductionPeriodView(p.VersionLabel, p.StartedAt, p.EndedAt, r.Id, r.Kind, r.RequestedByName, r.RequestedAt, r.Elapsed?.TotalSeconds,
                r.Signatures.Where(s => s.IsCounted && s.Decision == SignatureDecision.Approve).OrderBy(s => s.SignedAt)
                    .Select(s => SignatureView.From(s, null, r)).ToList());
        }).ToList();
    }

    /// <summary>The versions that were in production before and are not now: the targets a rollback may choose.</summary>
    public async Task<IReadOnlyList<string>> RollbackTargetsAsync(string modelKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Key == modelKey, ct)
            ?? throw new NotFoundException($"There is no model '{modelKey}'.");
        var periods = await db.ProductionPeriods.AsNoTracking().Where(p => p.ModelId == model.Id).ToListAsync(ct);
        var current = periods.Where(p => p.EndedAt == null).Select(p => p.ModelVersionId).ToHashSet();
        return periods.Where(p => !current.Contains(p.ModelVersionId)).OrderByDescending(p => p.EndedAt).Select(p => p.VersionLabel).Distinct().ToList();
    }
}
