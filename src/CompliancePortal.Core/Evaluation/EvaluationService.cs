using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Evaluation;

/// <summary>Records evaluations with the model version they scored, judged against the golden set and audited in the same transaction.</summary>
public sealed class EvaluationService(AuditedChanges changes)
{
    // A harness's clock may run a little ahead of the portal's; more than this is a wrong time, not drift.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Records results an external harness computed; they are labelled as posted and judged by the portal.</summary>
    /// <returns>The id of the stored evaluation.</returns>
    public Task<Guid> RecordPostedAsync(Actor actor, string modelKey, string label, PostedEvaluation posted, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var version = await db.ModelVersions.AsNoTracking().Include(v => v.Model)
                .SingleOrDefaultAsync(v => v.Model!.Key == modelKey && v.Label == label, ct)
                ?? throw new NotFoundException($"Model '{modelKey}' has no version '{label}'.");
            EvaluationAccess.Require(actor, version.Model!, "record its evaluations");

            var errors = new ValidationErrors();
            var (set, setVersion) = await FindGoldenSetVersionAsync(db, version.Model!, posted, errors, ct);
            (posted.Evaluator ?? new EvaluatorIdentity(null, null)).Validate(nameof(PostedEvaluation.Evaluator), errors);
            var measured = ReadMetrics(posted.Metrics, set, errors);
            CheckTimes(posted, audit.At, errors);
            errors.ThrowIfAny();

            var run = EvaluationRun.Record(version, set!, setVersion!, posted.Evaluator!, measured, EvaluationSource.Posted, EvaluationTrigger.Posted,
                posted.StartedAt!.Value, posted.FinishedAt!.Value, actor, audit.At);
            db.EvaluationRuns.Add(run);
            audit.Record("evaluation.recorded", nameof(EvaluationRun), run.Id.ToString(), null,
                new { Version = version.Label, GoldenSet = set!.Name, GoldenSetVersion = setVersion!.Number, GoldenSetContentHash = setVersion.ContentHash,
                    Run = run.Snapshot() }, version.Model!.Key);
            return run.Id;
        }, ct);

    /// <summary>Records an evaluation the portal ran itself; labelled as a portal run and audited like posted results.</summary>
    /// <returns>The id of the stored evaluation.</returns>
    public Task<Guid> RecordPortalRunAsync(Actor actor, string modelKey, string label, PortalRun portalRun, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var version = await db.ModelVersions.AsNoTracking().Include(v => v.Model)
                .SingleOrDefaultAsync(v => v.Model!.Key == modelKey && v.Label == label, ct)
                ?? throw new NotFoundException($"Model '{modelKey}' has no version '{label}'.");
            EvaluationAccess.Require(actor, version.Model!, "run its evaluations");
            var setVersion = await db.GoldenSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == portalRun.GoldenSetVersionId, ct)
                ?? throw new NotFoundException("The golden-set version evaluated no longer exists.");
            var set = await db.GoldenSets.AsNoTracking().SingleAsync(g => g.Id == setVersion.GoldenSetId, ct);

            var run = EvaluationRun.Record(version, set, setVersion, portalRun.Evaluator, portalRun.Measured, EvaluationSource.PortalRun,
                portalRun.Trigger, portalRun.StartedAt, portalRun.FinishedAt, actor, audit.At);
            db.EvaluationRuns.Add(run);
            audit.Record("evaluation.recorded", nameof(EvaluationRun), run.Id.ToString(), null,
                new { Version = version.Label, GoldenSet = set.Name, GoldenSetVersion = setVersion.Number, GoldenSetContentHash = setVersion.ContentHash,
                    Run = run.Snapshot() }, version.Model!.Key);
            return run.Id;
        }, ct);

    private static async Task<(GoldenSet?, GoldenSetVersion?)> FindGoldenSetVersionAsync(PortalDbContext db, Model model, PostedEvaluation posted,
        ValidationErrors errors, CancellationToken ct)
    {
        var name = posted.GoldenSet?.Trim() ?? "";
        var set = name.Length == 0 ? null : await db.GoldenSets.AsNoTracking().SingleOrDefaultAsync(g => g.ModelId == model.Id && g.Name == name, ct);
        errors.When(name.Length == 0, nameof(PostedEvaluation.GoldenSet), "Name the golden set the model version was evaluated against.")
            .When(name.Length > 0 && set is null, nameof(PostedEvaluation.GoldenSet), $"{model.Key} has no golden set named \"{name}\".");

        var hash = Hashes.NormalizeSha256(posted.GoldenSetVersion);
        errors.When(hash is null, nameof(PostedEvaluation.GoldenSetVersion),
            "Give the golden-set version as the SHA-256 of its content: 64 hexadecimal digits (optionally prefixed with sha256:).");
        if (set is null || hash is null)
        {
            return (set, null);
        }
        var version = await db.GoldenSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.GoldenSetId == set.Id && v.ContentHash == hash, ct);
        errors.When(version is null, nameof(PostedEvaluation.GoldenSetVersion),
            $"The golden set \"{set.Name}\" has no version with SHA-256 {hash}; upload or register that version first.");
        return (set, version);
    }

    private static Dictionary<MetricKind, double> ReadMetrics(IReadOnlyDictionary<string, double>? posted, GoldenSet? set,
        ValidationErrors errors)
    {
        const string field = nameof(PostedEvaluation.Metrics);
        var measured = new Dictionary<MetricKind, double>();
        if (posted is null || posted.Count == 0)
        {
            errors.Add(field, "Give the value of every metric the golden set defines.");
            return measured;
        }
        foreach (var (name, value) in posted)
        {
            if (!MetricKinds.TryParse(name, out var kind))
            {
                errors.Add(field, $"There is no metric \"{name}\"; use accuracy, precision, recall, f1, rocAuc, logLoss, rmse, mae or rSquared.");
            }
            else if (!measured.TryAdd(kind, value))
            {
                errors.Add(field, $"{kind.DisplayName()} is given twice.");
            }
            else if (!double.IsFinite(value))
            {
                errors.Add(field, $"The {kind.DisplayName()} value is not a finite number.");
            }
        }
        if (set is not null)
        {
            var defined = set.Metrics.Select(m => m.Kind).ToHashSet();
            foreach (var extra in measured.Keys.Where(k => !defined.Contains(k)))
            {
                errors.Add(field, $"The golden set \"{set.Name}\" does not define {extra.DisplayName()}; post only its metrics "
                    + $"({string.Join(", ", defined.Select(k => k.DisplayName()))}).");
            }
            foreach (var missing in defined.Where(k => !measured.ContainsKey(k)))
            {
                errors.Add(field, $"The golden set \"{set.Name}\" requires {missing.DisplayName()}, but no value was given for it.");
            }
        }
        return measured;
    }

    private static void CheckTimes(PostedEvaluation posted, DateTimeOffset now, ValidationErrors errors) => errors
        .When(posted.StartedAt is null, nameof(PostedEvaluation.StartedAt), "Give the time the evaluation started.")
        .When(posted.FinishedAt is null, nameof(PostedEvaluation.FinishedAt), "Give the time the evaluation finished.")
        .When(posted.StartedAt > posted.FinishedAt, nameof(PostedEvaluation.FinishedAt), "The evaluation cannot finish before it started.")
        .When(posted.FinishedAt > now + ClockSkew, nameof(PostedEvaluation.FinishedAt), "The evaluation finishes in the future; check the harness's clock.");
}
