using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// Decides which evaluation a newly opened revalidation review gets. The portal runs one itself only where it can do so
/// without anyone's help: the production version's artifact is an ONNX file it can read, and the model has a golden set
/// with stored content. The "current" golden set is the one most recently given a new version.
/// </summary>
public sealed class RevalidationEvaluations(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<ScheduledEvaluationPlan> PlanAsync(RevalidationReviewView review, CancellationToken ct = default)
    {
        if (review.ProductionVersionLabel is not { } label)
        {
            return ScheduledEvaluationPlan.NotRun($"{review.ModelKey} has no version in Production, so there is nothing to re-evaluate.");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var version = await db.ModelVersions.AsNoTracking()
            .SingleAsync(v => v.Model!.Key == review.ModelKey && v.Label == label, ct);
        var goldenSet = await (
                from set in db.GoldenSets.AsNoTracking()
                join setVersion in db.GoldenSetVersions.AsNoTracking() on set.Id equals setVersion.GoldenSetId
                where set.ModelId == version.ModelId && setVersion.Number == set.CurrentVersion
                orderby setVersion.CreatedAt descending
                select new { set.Name, setVersion.Source })
            .FirstOrDefaultAsync(ct);
        return Plan(review, version, goldenSet?.Name, goldenSet?.Source);
    }

    internal static ScheduledEvaluationPlan Plan(RevalidationReviewView review, ModelVersion version, string? goldenSet,
        Evaluation.GoldenSetSource? source)
    {
        if (goldenSet is null)
        {
            return ScheduledEvaluationPlan.NotRun($"{review.ModelKey} has no golden set with a version; register one so revalidations can be evaluated.");
        }
        if (source != Evaluation.GoldenSetSource.Upload)
        {
            return ScheduledEvaluationPlan.NotRun($"The golden set \"{goldenSet}\" is registered by URI; the portal scores only golden sets whose "
                + "content it stores. Upload it, or post the evaluation from your harness.");
        }
        if (!IsReadableOnnx(version.ArtifactUri))
        {
            return ScheduledEvaluationPlan.NotRun($"The artifact of {review.ModelKey} {version.Label} ({version.ArtifactUri}) is not an ONNX file the "
                + "portal can read (file://…/*.onnx); post the evaluation of the production version from your harness.");
        }
        return ScheduledEvaluationPlan.Run(new ScheduledEvaluation(review.Id, review.ModelKey, version.Label, goldenSet));
    }

    private static bool IsReadableOnnx(string artifactUri) =>
        Uri.TryCreate(artifactUri, UriKind.Absolute, out var uri) && uri.IsFile
        && uri.LocalPath.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);
}
