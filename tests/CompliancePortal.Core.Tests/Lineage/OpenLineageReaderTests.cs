using System.Text;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Lineage.OpenLineage;

namespace CompliancePortal.Core.Tests.Lineage;

public sealed class OpenLineageReaderTests
{
    private const string Valid = """
        { "eventType": "COMPLETE", "eventTime": "2026-11-20T02:07:00.123Z",
          "producer": "https://github.com/OpenLineage/OpenLineage/tree/1.24.2/integration/spark",
          "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
          "run": { "runId": "0195a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b",
                   "facets": { "parent": { "run": { "runId": "0195a1b2-0000-7000-8000-000000000009" }, "job": { "namespace": "a", "name": "b" } } } },
          "job": { "namespace": "spark-prod", "name": "features.build",
                   "facets": { "sourceCodeLocation": { "type": "git", "url": "https://git.example.com/f.git", "version": "3B18E512DBA79E4C8300DD08AEB37F8E728B8DAD" } } },
          "inputs": [ { "namespace": "s3://lake", "name": "raw/x", "facets": { "version": { "datasetVersion": "7" } } } ],
          "outputs": [ { "namespace": "s3://lake", "name": "features/x", "outputFacets": { "outputStatistics": { "rowCount": 10 } } } ] }
        """;

    [Fact]
    public void ARunEvent_IsReadWithItsParts()
    {
        var e = OpenLineageReader.Read(Encoding.UTF8.GetBytes(Valid));

        Assert.Equal(LineageEventKind.RunEvent, e.Kind);
        Assert.Equal(RunState.Complete, e.EventType);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 2, 7, 0, 123, TimeSpan.Zero), e.EventTime);
        Assert.Equal(Guid.Parse("0195a1b2-0000-7000-8000-000000000009"), e.ParentRunId);
        Assert.Equal("3b18e512dba79e4c8300dd08aeb37f8e728b8dad", e.Code?.Commit);
        Assert.Equal("7", Assert.Single(e.Inputs).Version);
        Assert.Contains("rowCount", Assert.Single(e.Outputs).IoFacets);
    }

    [Fact]
    public void TheFingerprint_IgnoresWhitespace_ButNotContent()
    {
        var spaced = OpenLineageReader.Read(Encoding.UTF8.GetBytes(Valid));
        var compact = OpenLineageReader.Read(Encoding.UTF8.GetBytes(spaced.Body));
        var changed = OpenLineageReader.Read(Encoding.UTF8.GetBytes(Valid.Replace("raw/x", "raw/y")));

        Assert.Equal(spaced.Fingerprint, compact.Fingerprint);
        Assert.NotEqual(spaced.Fingerprint, changed.Fingerprint);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_WithItsPath()
    {
        var body = """{"eventType":"DONE","eventTime":"yesterday","producer":5,"schemaURL":"x","run":{"runId":"42"},"job":{"name":"j"},"inputs":[3]}""";

        var refused = Assert.Throws<ValidationFailedException>(() => OpenLineageReader.Read(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(["eventTime", "eventType", "inputs[0]", "job.namespace", "producer", "run.runId", "schemaURL"], refused.Errors.Keys.Order());
    }

    [Fact]
    public void ADatasetEvent_AndAJobEvent_AreToldApartFromRunEvents()
    {
        var dataset = """{"eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent","dataset":{"namespace":"s3://lake","name":"x"}}""";
        var job = """{"eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent","job":{"namespace":"n","name":"j"}}""";

        Assert.Equal(LineageEventKind.DatasetEvent, OpenLineageReader.Read(Encoding.UTF8.GetBytes(dataset)).Kind);
        Assert.Equal(LineageEventKind.JobEvent, OpenLineageReader.Read(Encoding.UTF8.GetBytes(job)).Kind);
    }

    [Fact]
    public void AFacetThatIsNotAnObject_IsRefused()
    {
        var body = Valid.Replace("\"facets\": { \"version\": { \"datasetVersion\": \"7\" } }", "\"facets\": { \"custom\": 7 }");

        var refused = Assert.Throws<ValidationFailedException>(() => OpenLineageReader.Read(Encoding.UTF8.GetBytes(body)));

        Assert.Contains("inputs[0].facets.custom", refused.Errors.Keys);
    }
}
