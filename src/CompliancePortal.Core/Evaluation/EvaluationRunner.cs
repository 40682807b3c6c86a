using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// Runs an evaluation in the portal: reads the golden-set version's stored bytes, has the evaluator score them, computes
/// every metric the golden set defines and records the judged result. Any refusal happens before anything is written.
/// </summary>
public sealed class EvaluationRunner(IDbContextFactory<PortalDbContext> contexts, EvaluationService evaluations, TimeProvider time)
{
    private sealed record Plan(string ArtifactUri, string ArtifactSha256, GoldenSetDefinition Definition, Guid SetVersionId, string ContentHash,
        byte[] Content);

    /// <summary>Checks that the request could run (it exists, the actor may run it, the bytes are stored), without running it.</summary>
    public async Task CheckAsync(Actor actor, EvaluationRequest request, EvaluatorIdentity evaluator, CancellationToken ct = default)
    {
        evaluator.Validate("Evaluator", new ValidationErrors()).ThrowIfAny();
        await PlanAsync(actor, request, ct);
    }

    /// <returns>The id of the recorded evaluation.</returns>
    /// <exception cref="EvaluationRefusedException">The evaluation could not be run; nothing was recorded.</exception>
    public async Task<Guid> RunAsync(Actor actor, EvaluationRequest request, IEvaluator evaluator, IProgress<int>? progress = null,
        CancellationToken ct = default)
    {
        var identity = new EvaluatorIdentity(evaluator.Name, evaluator.Version);
        identity.Validate("Evaluator", new ValidationErrors()).ThrowIfAny();
        var plan = await PlanAsync(actor, request, ct);

        if (evaluator is IArtifactEvaluator inProcess)
        {
            var artifact = await ArtifactReader.ReadVerifiedAsync(plan.ArtifactUri, plan.ArtifactSha256, ct);
            await inProcess.LoadAsync(artifact, ct);
        }
        GoldenSetTable table;
        using (var stream = new MemoryStream(plan.Content, writable: false))
        {
            table = GoldenSetCsv.Read(stream, plan.Definition.LabelColumn, plan.Definition.FeatureColumns);
        }
        if (table.ContentHash != plan.ContentHash)
        {
            throw new EvaluationRefusedException($"The stored golden-set bytes hash to {table.ContentHash}, not to the version's "
                + $"{plan.ContentHash}; they were changed behind the portal's back and were not used.");
        }

        var startedAt = time.GetUtcNow();
        var predictions = await ScoreAsync(evaluator, table, progress, ct);
        var measured = Measure(plan.Definition, predictions, table.Labels);
        var finishedAt = time.GetUtcNow();
        return await evaluations.RecordPortalRunAsync(actor, request.ModelKey, request.Version,
            new PortalRun(plan.SetVersionId, identity, measured, request.Trigger, startedAt, finishedAt), ct);
    }

    private static async Task<Predictions> ScoreAsync(IEvaluator evaluator, GoldenSetTable table, IProgress<int>? progress, CancellationToken ct)
    {
        try
        {
            return await evaluator.ScoreAsync(table, ct, progress);
        }
        catch (Exception e) when (e is not EvaluationRefusedException && !(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            throw new EvaluationRefusedException($"The evaluator {evaluator.Name} {evaluator.Version} failed: {e.Message}", e);
        }
    }

    private static Dictionary<MetricKind, double> Measure(GoldenSetDefinition definition, Predictions predictions, double[] labels)
    {
        var measured = new Dictionary<MetricKind, double>();
        foreach (var metric in definition.Metrics)
        {
            var series = PredictionSeries.For(metric.Kind, predictions, labels, definition.PositiveClass);
            try
            {
                measured[metric.Kind] = Metrics.Compute(metric.Kind, labels, series, definition.PositiveClass);
            }
            catch (ValidationFailedException e)
            {
                throw new EvaluationRefusedException($"{metric.Kind.DisplayName()} could not be computed from the evaluator's output: "
                    + string.Join(" ", e.Errors.SelectMany(x => x.Value)), e);
            }
        }
        return measured;
    }

    private async Task<Plan> PlanAsync(Actor actor, EvaluationRequest request, CancellationToken ct)
    {
        if (request.Trigger == EvaluationTrigger.Posted)
        {
            throw new InvalidOperationException("A portal run is triggered manually, by a promotion or by the schedule.");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var version = await db.ModelVersions.AsNoTracking().Include(v => v.Model)
            .SingleOrDefaultAsync(v => v.Model!.Key == request.ModelKey && v.Label == request.Version, ct)
            ?? throw new NotFoundException($"Model '{request.ModelKey}' has no version '{request.Version}'.");
        EvaluationAccess.Require(actor, version.Model!, "run its evaluations");
        var set = await GoldenSetService.FindSetAsync(db, version.Model!, request.GoldenSet?.Trim() ?? "", ct);
        var number = request.GoldenSetVersion ?? set.CurrentVersion;
        var setVersion = await db.GoldenSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.GoldenSetId == set.Id && v.Number == number, ct)
            ?? throw new NotFoundException(request.GoldenSetVersion is null
                ? $"The golden set \"{set.Name}\" has no versions yet; upload one first."
                : $"The golden set \"{set.Name}\" has no version {number}.");
        var file = await db.GoldenSetFiles.AsNoTracking().SingleOrDefaultAsync(f => f.VersionId == setVersion.Id, ct)
            ?? throw new EvaluationRefusedException($"Version {setVersion.Number} of the golden set \"{set.Name}\" is registered by URI "
                + $"({setVersion.Uri}); the portal cannot run evaluations on URI-registered versions yet. Upload the CSV as a new version instead.");
        return new Plan(version.ArtifactUri, version.ArtifactSha256, set.Definition, setVersion.Id, setVersion.ContentHash, file.Content);
    }
}
