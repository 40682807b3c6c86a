using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.AuditPacks.Sections;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Lineage.Trace;

namespace CompliancePortal.Core.Tests.AuditPacks.Sections;

public class LineageSectionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Extract = Guid.NewGuid();
    private static readonly Guid Training = Guid.NewGuid();

    [Fact]
    public void Figure_PutsSourcesOnTop_TheModelAtTheBottom_AndEveryArrowPointsDown()
    {
        var figure = LineageFigure.From(Pipeline());

        var layers = figure.Nodes.ToDictionary(n => n.Label, n => n.Layer);
        Assert.Equal(0, layers["Core banking"]);
        Assert.Equal(1, layers["loans@v1"]);
        Assert.Equal(2, layers["extract_loans"]);
        Assert.Equal(3, layers["features@v1"]);
        Assert.Equal(4, layers["credit_pd.train"]);
        Assert.Equal(5, layers["credit-default-pd 2.1.0"]);
        var byId = figure.Nodes.ToDictionary(n => n.Id, n => n.Layer);
        Assert.All(figure.Edges, e => Assert.True(byId[e.From] < byId[e.To], $"{e.From} → {e.To} points up"));
        Assert.True(figure.Fits);
    }

    [Fact]
    public void Figure_DrawsAPinnedDatasetVersionTheTrainingRunDidNotRead_StraightIntoTheModel()
    {
        var lineage = Pipeline() with
        {
            DatasetVersions = [.. Pipeline().DatasetVersions, Dataset("bureau@v7", pinned: true)],
        };

        var figure = LineageFigure.From(lineage);

        Assert.Contains(figure.Edges, e => e.From == "dataset:bureau@v7" && e.To == "model");
    }

    [Fact]
    public void Version_WithNoLineage_SaysSoPlainly_AndStillListsItsGaps()
    {
        var gap = new LineageGap("credit-default-pd 2.1.0", "No training run is linked to this version, so how it was trained is not on record.", "Emit OpenLineage.");
        var lineage = new VersionLineage(Model(), [], [], [], [gap]);
        var manifest = new AuditPackManifest();

        var text = PackElements.Text(LineageLayout.Version(lineage, manifest, "Lineage"));

        Assert.Contains("No lineage is recorded for 2.1.0", text);
        Assert.Contains("credit-default-pd 2.1.0 | No training run is linked to this version", text);
        Assert.Single(manifest.Entries);
    }

    [Fact]
    public void Version_ListsRunsWithTheirInputsAndOutputs_DatasetVersionsWithHashes_SourcesAndGaps()
    {
        var lineage = Pipeline() with { Gaps = [new LineageGap("features@v1", "No SHA-256 of the content is known.", "Record the hash.")] };
        var manifest = new AuditPackManifest();

        var elements = LineageLayout.Version(lineage, manifest, "Lineage");

        var text = PackElements.Text(elements);
        Assert.Contains(elements, e => e is Core.Documents.DiagramElement);
        Assert.Contains($"ml-training/credit_pd.train\nrun {Training}", text);
        Assert.Contains("training, Complete\n2026-11-20 02:30:00 UTC to 2026-11-20 02:50:00 UTC", text);
        Assert.Contains("| features@v1 | —", text);
        Assert.Contains($"loans@v1 | postgres://bank/loans | {new string('1', 64)}", text);
        Assert.Contains("features@v1\npinned by the version", text);
        Assert.Contains("core-banking | Core banking | Database | not described", text);
        Assert.Contains("features@v1 | No SHA-256 of the content is known. | Record the hash.", text);
        var entry = Assert.Single(manifest.Entries);
        Assert.Equal("Lineage of 2.1.0 (2 runs, 2 dataset versions, 1 gaps)", entry.Evidence);
    }

    private static VersionLineage Pipeline() => new(Model(),
        [
            new TracedRun(Training, "training", "ml-training", "credit_pd.train", RunState.Complete, T0.AddMinutes(30), T0.AddMinutes(50),
                "https://git.example.com/risk/credit.git", new string('3', 40), ["features@v1"], []),
            new TracedRun(Extract, "upstream", "airflow", "extract_loans", RunState.Complete, T0, T0.AddMinutes(7), null, null, ["loans@v1"], ["features@v1"]),
        ],
        [Dataset("features@v1", pinned: true), Dataset("loans@v1", pinned: false, hash: new string('1', 64), uri: "postgres://bank/loans")],
        [new TracedSourceSystem("core-banking", "Core banking", "Database", "postgres://bank", null)],
        []);

    private static TracedDatasetVersion Dataset(string reference, bool pinned, string? hash = null, string uri = "s3://lake/x") =>
        new(reference, reference.Split('@')[0], null, uri, hash, hash is null ? null : "v1", LineageOrigin.OpenLineage, T0, "core-banking", pinned);

    private static TracedModelVersion Model() => new(Guid.NewGuid(), "credit-default-pd", "Credit default PD", "2.1.0", "Staging",
        "s3://models/credit/2.1.0/model.onnx", new string('a', 64), "https://git.example.com/risk/credit.git", new string('3', 40), new string('e', 64), T0);
}
