using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Approvals;

/// <summary>Defines a version's drift thresholds, audited; a changed policy makes earlier approvals of the version stale.</summary>
public sealed class DriftPolicyService(IDbContextFactory<PortalDbContext> contexts, AuditedChanges changes)
{
    public async Task<DriftPolicy?> GetAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (_, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
        return await db.DriftPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ModelVersionId == version.Id, ct);
    }

    /// <summary>Replaces the version's thresholds; <paramref name="expectedRevision"/> (0 for none yet) refuses a save based on an older read.</summary>
    public Task<DriftPolicy> DefineAsync(Actor actor, string modelKey, string label, IReadOnlyList<DriftThreshold> thresholds, int expectedRevision,
        CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
            if (!actor.MayManageEvidence(model))
            {
                throw new AccessDeniedException($"Only the owner or backup owner of {model.Key}, or a compliance officer, can define its drift thresholds.");
            }
            var policy = await db.DriftPolicies.SingleOrDefaultAsync(p => p.ModelVersionId == version.Id, ct);
            if ((policy?.Revision ?? 0) != expectedRevision)
            {
                throw new ConflictException("Someone else changed these drift thresholds since you opened them. Reload to see their changes, then make yours again.");
            }
            var before = policy?.Snapshot();
            if (policy is null)
            {
                policy = DriftPolicy.Create(version.Id, audit.At);
                db.DriftPolicies.Add(policy);
            }
            policy.Define(thresholds, actor, audit.At);
            audit.Record("drift-policy.defined", nameof(DriftPolicy), policy.Id.ToString(), before, policy.Snapshot(), model.Key);
            return policy;
        }, ct);
}
