using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Evaluation;

/// <summary>Read side of evaluation evidence: a model's golden sets and their versions, and a version's evaluations.</summary>
public sealed class EvaluationQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<GoldenSetView>> GoldenSetsAsync(string modelKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await GoldenSetService.FindModelAsync(db, modelKey, ct);
        var sets = await db.GoldenSets.AsNoTracking().Where(g => g.ModelId == model.Id).OrderBy(g => g.Name).ToListAsync(ct);
        return sets.Select(GoldenSetView.From).ToList();
    }

    public async Task<GoldenSetView> GoldenSetAsync(string modelKey, string name, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await GoldenSetService.FindModelAsync(db, modelKey, ct);
        return GoldenSetView.From(await GoldenSetService.FindSetAsync(db, model, name, ct));
    }

    /// <summary>The golden set's versions, newest first, without their bytes.</summary>
    public async Task<IReadOnlyList<GoldenSetVersionView>> VersionsAsync(string modelKey, string name, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await GoldenSetService.FindModelAsync(db, modelKey, ct);
        var set = await GoldenSetService.FindSetAsync(db, model, name, ct);
        var versions = await db.GoldenSetVersions.AsNoTracking().Where(v => v.GoldenSetId == set.Id).OrderByDescending(v => v.Number).ToListAsync(ct);
        return versions.Select(v => GoldenSetVersionView.From(set, v)).ToList();
    }

    public async Task<GoldenSetVersionView> VersionAsync(string modelKey, string name, int number, CancellationToken ct = default) =>
        (await VersionsAsync(modelKey, name, ct)).SingleOrDefault(v => v.Number == number)
        ?? throw new NotFoundException($"The golden set \"{name}\" of {modelKey} has no version {number}.");

    /// <summary>The evaluations of a model version, newest first.</summary>
    public async Task<IReadOnlyList<EvaluationRunView>> EvaluationsAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var version = await db.ModelVersions.AsNoTracking().Include(v => v.Model)
            .SingleOrDefaultAsync(v => v.Model!.Key == modelKey && v.Label == label, ct)
            ?? throw new NotFoundException($"Model '{modelKey}' has no version '{label}'.");
        var runs = await db.EvaluationRuns.AsNoTracking().Include(r => r.Metrics).Where(r => r.ModelVersionId == version.Id).ToListAsync(ct);
        var setVersionIds = runs.Select(r => r.GoldenSetVersionId).Distinct().ToList();
        var setVersions = await db.GoldenSetVersions.AsNoTracking().Where(v => setVersionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var setIds = setVersions.Values.Select(v => v.GoldenSetId).Distinct().ToList();
        var setNames = await db.GoldenSets.AsNoTracking().Where(g => setIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        return runs.OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.RecordedAt)
            .Select(r => View(modelKey, label, r, setNames[setVersions[r.GoldenSetVersionId].GoldenSetId], setVersions[r.GoldenSetVersionId]))
            .ToList();
    }

    public async Task<EvaluationRunView> EvaluationAsync(string modelKey, string label, Guid id, CancellationToken ct = default) =>
        (await EvaluationsAsync(modelKey, label, ct)).SingleOrDefault(r => r.Id == id)
        ?? throw new NotFoundException($"{modelKey} {label} has no evaluation {id}.");

    private static EvaluationRunView View(string modelKey, string label, EvaluationRun run, string setName, GoldenSetVersion setVersion) => new(
        run.Id, modelKey, label, setName, setVersion.Number, setVersion.ContentHash, run.EvaluatorName, run.EvaluatorVersion, run.Trigger,
        run.Source, run.Passed, run.Metrics.OrderBy(m => m.Kind).Select(m => m.ToResult()).ToList(), run.ArtifactSha256, run.StartedAt,
        run.FinishedAt, run.Duration.TotalSeconds, run.RecordedByName, run.RecordedAt);
}
