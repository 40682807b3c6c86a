using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using CompliancePortal.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Approvals;

/// <summary>Reads the facts the gates look at for one version, inside whatever context (and transaction) the caller uses.</summary>
public sealed class PromotionEvidenceReader(ICabDecisions cab)
{
    public async Task<EvidenceSnapshot> ReadAsync(PortalDbContext db, Model model, ModelVersion version, DateTimeOffset now, CancellationToken ct)
    {
        var owner = await db.People.AsNoTracking().Where(p => p.Id == model.OwnerId).Select(p => p.DisplayName).SingleOrDefaultAsync(ct);

        var card = await db.ModelCards.AsNoTracking().SingleOrDefaultAsync(c => c.ModelVersionId == version.Id, ct);
        CompletenessReport? completeness = null;
        if (card is not null)
        {
            var markdown = await db.ModelCardRevisions.AsNoTracking()
                .Where(r => r.CardId == card.Id && r.Number == card.CurrentRevision).Select(r => r.Markdown).SingleAsync(ct);
            completeness = CardCompleteness.Evaluate(markdown, await ModelCardQueries.TemplateAsync(db, ct));
        }

        var sets = await db.GoldenSets.AsNoTracking().Where(g => g.ModelId == model.Id).ToListAsync(ct);
        var setIds = sets.Select(s => s.Id).ToList();
        var setVersions = await db.GoldenSetVersions.AsNoTracking().Where(v => setIds.Contains(v.GoldenSetId)).ToListAsync(ct);
        var current = setVersions.Where(v => sets.Any(s => s.Id == v.GoldenSetId && s.CurrentVersion == v.Number)).Select(v => v.Id).ToHashSet();
        var runs = await db.EvaluationRuns.AsNoTracking().Where(r => r.ModelVersionId == version.Id).ToListAsync(ct);
        var evaluations = runs.Select(r =>
        {
            var setVersion = setVersions.SingleOrDefault(v => v.Id == r.GoldenSetVersionId);
            var setName = sets.SingleOrDefault(s => s.Id == setVersion?.GoldenSetId)?.Name ?? "unknown golden set";
            return new EvaluationFact(r.Id, r.Passed, r.FinishedAt, setName, setVersion?.Number ?? 0, current.Contains(r.GoldenSetVersionId),
                r.EvaluatorName, r.EvaluatorVersion, r.ArtifactSha256 == version.ArtifactSha256);
        }).OrderBy(e => e.FinishedAt).ToList();

        var window = await db.Settings.AsNoTracking().Select(s => (int?)s.EvaluationWindowDays).SingleOrDefaultAsync(ct)
            ?? PortalSettings.Defaults(now).EvaluationWindowDays;
        var drift = await db.DriftPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ModelVersionId == version.Id, ct);
        var check = await db.ReproducibilityChecks.AsNoTracking().Where(c => c.ModelVersionId == version.Id)
            .OrderByDescending(c => c.CheckedAt).FirstOrDefaultAsync(ct);
        var decision = await cab.DecisionForAsync(db, version.Id, ct);

        var facts = new PromotionFacts(owner, card?.CurrentRevision, card?.CurrentContentHash, completeness?.IsComplete ?? false,
            completeness?.Gaps.Select(g => g.Name).ToList() ?? [], evaluations, window, drift?.Thresholds ?? [], drift?.PolicyHash,
            check?.Id, check?.Passed, check?.CheckedAt, version.ChangeClass, decision);
        return PromotionPolicy.Evaluate(facts, now);
    }

    public static async Task<(Model Model, ModelVersion Version)> FindVersionAsync(PortalDbContext db, string modelKey, string label, CancellationToken ct)
    {
        var model = await db.Models.SingleOrDefaultAsync(m => m.Key == modelKey, ct)
            ?? throw new NotFoundException($"There is no model '{modelKey}'.");
        var version = await db.ModelVersions.SingleOrDefaultAsync(v => v.ModelId == model.Id && v.Label == label, ct)
            ?? throw new NotFoundException($"Model '{modelKey}' has no version '{label}'.");
        return (model, version);
    }
}
