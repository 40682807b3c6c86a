using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Revalidation;

public sealed class RevalidationEvaluationsTests
{
    private const string OnnxArtifact = "file:///srv/models/credit/2.1.0/model.onnx";

    [Fact]
    public void Plan_ForAnOnnxFileWithAStoredGoldenSet_RunsTheProductionVersionAgainstIt()
    {
        var (review, version) = ReviewOf(OnnxArtifact);

        var plan = RevalidationEvaluations.Plan(review, version, "holdout-2026", GoldenSetSource.Upload);

        Assert.Null(plan.NotRunBecause);
        Assert.Equal(new ScheduledEvaluation(review.Id, review.ModelKey, "2.1.0", "holdout-2026"), plan.Evaluation);
    }

    [Fact]
    public void Plan_WithoutAGoldenSet_SaysOneIsNeeded()
    {
        var (review, version) = ReviewOf(OnnxArtifact);

        var plan = RevalidationEvaluations.Plan(review, version, null, null);

        Assert.Null(plan.Evaluation);
        Assert.Contains("has no golden set with a version", plan.NotRunBecause);
    }

    [Fact]
    public void Plan_ForAGoldenSetRegisteredByUri_DoesNotRun_TheBytesAreNotStored()
    {
        var (review, version) = ReviewOf(OnnxArtifact);

        var plan = RevalidationEvaluations.Plan(review, version, "holdout-2026", GoldenSetSource.RegisteredUri);

        Assert.Null(plan.Evaluation);
        Assert.Contains("registered by URI", plan.NotRunBecause);
    }

    [Theory]
    [InlineData("s3://models/credit/2.1.0/model.onnx")]
    [InlineData("file:///srv/models/credit/2.1.0/model.pkl")]
    [InlineData("https://models.example.com/credit/2.1.0/model.onnx")]
    public void Plan_ForAnArtifactThePortalCannotReadAsOnnx_AsksForAPostedEvaluation(string artifactUri)
    {
        var (review, version) = ReviewOf(artifactUri);

        var plan = RevalidationEvaluations.Plan(review, version, "holdout-2026", GoldenSetSource.Upload);

        Assert.Null(plan.Evaluation);
        Assert.Contains($"({artifactUri}) is not an ONNX file the portal can read", plan.NotRunBecause);
    }

    private static (RevalidationReviewView Review, ModelVersion Version) ReviewOf(string artifactUri)
    {
        var model = Revalidations.Model();
        var source = Build.DatasetVersion();
        var registration = Build.Registration(ChangeClass.Major, source) with { ArtifactUri = artifactUri };
        var version = ModelVersion.Register(model, registration, [source], null, model.OwnerId, Build.Now);
        return (RevalidationReviewView.From(Revalidations.Open(model)), version);
    }
}
