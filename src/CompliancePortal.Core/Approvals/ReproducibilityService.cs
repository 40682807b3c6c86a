using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Runs the reproducibility check of a version: every pin present, and the artifact and dataset versions the portal can
/// reach re-hashed and compared. The result is recorded as evidence whether it passes or not.
/// </summary>
public sealed class ReproducibilityService(IDbContextFactory<PortalDbContext> contexts, AuditedChanges changes, IArtifactProbe probe)
{
    public async Task<ReproducibilityCheck> CheckAsync(Actor actor, string modelKey, string label, CancellationToken ct = default)
    {
        // Reading artifacts can take a while; it happens before the audited transaction, which only records the result.
        IReadOnlyList<ReproducibilityItem> items;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
            RequireMayCheck(actor, model);
            var pinned = db.ModelVersionDatasets.Where(d => d.ModelVersionId == version.Id).Select(d => d.DatasetVersionId);
            var datasets = await db.DatasetVersions.AsNoTracking().Include(d => d.Dataset).Where(d => pinned.Contains(d.Id)).ToListAsync(ct);
            items = await InspectAsync(version, datasets, ct);
        }
        return await changes.RunAsync(actor, async (db, audit) =>
        {
            var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
            RequireMayCheck(actor, model);
            var check = ReproducibilityCheck.Record(version.Id, items, actor, audit.At);
            db.ReproducibilityChecks.Add(check);
            audit.Record("reproducibility.checked", nameof(ReproducibilityCheck), check.Id.ToString(), null, check.Snapshot(), model.Key);
            return check;
        }, ct);
    }

    public async Task<ReproducibilityCheck?> LatestAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (_, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
        return await db.ReproducibilityChecks.AsNoTracking().Where(c => c.ModelVersionId == version.Id).OrderByDescending(c => c.CheckedAt)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<IReadOnlyList<ReproducibilityItem>> InspectAsync(ModelVersion version, IReadOnlyList<Lineage.DatasetVersion> datasets,
        CancellationToken ct)
    {
        var items = new List<ReproducibilityItem> { await probe.ProbeAsync("Artifact", version.ArtifactUri, version.ArtifactSha256, ct) };
        items.Add(Pinned("Code commit", $"{version.CodeRepository}@{version.CodeCommit}", version.CodeCommit,
            "Pinned to a full commit id; the portal does not clone repositories."));
        items.Add(Pinned("Environment lock", $"sha256:{version.EnvironmentLockHash}", version.EnvironmentLockHash,
            "The lock file's SHA-256 is pinned."));
        if (datasets.Count == 0)
        {
            items.Add(new ReproducibilityItem("Dataset version", "-", ReproducibilityStatus.NotPinned, "No dataset versions are pinned."));
        }
        foreach (var dataset in datasets.OrderBy(d => d.Dataset?.Key).ThenBy(d => d.Label))
        {
            var item = await probe.ProbeAsync("Dataset version", dataset.Uri, dataset.ContentHash, ct);
            items.Add(item with { Reference = $"{dataset.Dataset?.Key}@{dataset.Label} ({dataset.Uri})" });
        }
        return items;
    }

    private static ReproducibilityItem Pinned(string kind, string reference, string pin, string detail) => string.IsNullOrWhiteSpace(pin)
        ? new ReproducibilityItem(kind, reference, ReproducibilityStatus.NotPinned, "Not pinned.")
        : new ReproducibilityItem(kind, reference, ReproducibilityStatus.PinnedNotReachable, detail);

    private static void RequireMayCheck(Actor actor, Model model)
    {
        if (!actor.MayManageEvidence(model))
        {
            throw new AccessDeniedException($"Only the owner or backup owner of {model.Key}, or a compliance officer, can run its reproducibility check.");
        }
    }
}
