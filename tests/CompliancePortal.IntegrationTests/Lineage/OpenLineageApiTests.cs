using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Lineage;

/// <summary>Pipelines point their OpenLineage HTTP transport at the portal; it answers as Marquez does.</summary>
public abstract class OpenLineageApiTests(PortalHost host)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AirflowStartAndComplete_MergeIntoOneCompletedRun_WithItsCommitAndFacets()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var runId = Guid.NewGuid();
        var dag = Unique.Word();
        var table = $"bank.public.loan_applications_{dag}";

        var start = await PostAsync(olivia, OpenLineageEvents.Airflow("START", runId, T0, dag, table, $"raw/{dag}/2026-11-20"));
        var complete = await PostAsync(olivia, OpenLineageEvents.Airflow("COMPLETE", runId, T0.AddMinutes(7), dag, table, $"raw/{dag}/2026-11-20"));

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal("", await complete.Content.ReadAsStringAsync());
        var run = await RunAsync(olivia, runId);
        Assert.Equal("Complete", run.GetProperty("state").GetString());
        Assert.Equal(T0, run.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(T0.AddMinutes(7), run.GetProperty("endedAt").GetDateTimeOffset());
        Assert.Equal(OpenLineageEvents.Commit, run.GetProperty("codeCommit").GetString());
        Assert.Equal("https://git.example.com/data/loans-etl.git", run.GetProperty("codeRepository").GetString());
        Assert.Equal("@daily", run.GetProperty("facets").GetProperty("airflow").GetProperty("dag").GetProperty("schedule_interval").GetString());
        var input = Assert.Single(run.GetProperty("inputs").EnumerateArray());
        Assert.Equal(table, input.GetProperty("datasetName").GetString());
        Assert.Equal("BIGINT", input.GetProperty("datasetFacets").GetProperty("schema").GetProperty("fields")[0].GetProperty("type").GetString());
        var output = Assert.Single(run.GetProperty("outputs").EnumerateArray());
        Assert.Equal($"s3://contoso-lake/raw/{dag}/2026-11-20", output.GetProperty("uri").GetString());
        Assert.Equal(48210, output.GetProperty("facets").GetProperty("outputStatistics").GetProperty("rowCount").GetInt64());
    }

    [Fact]
    public async Task AGzipCompressedEvent_IsRead_AsTheOpenLineageHttpTransportSendsIt_WhenCompressionIsOn()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var runId = Guid.NewGuid();
        var dag = Unique.Word();
        var json = OpenLineageEvents.Airflow("START", runId, T0, dag, $"bank.public.t_{dag}", $"raw/{dag}").ToJsonString();

        var response = await olivia.PostAsync("/api/v1/lineage", Gzip(Encoding.UTF8.GetBytes(json)));

        await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Running", (await RunAsync(olivia, runId)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task AGzipBomb_IsRefusedWhenItExpandsPastTheCap_AndAnUnknownEncodingOrBrokenGzipIsRefused_NothingRecorded()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();
        var bomb = Gzip(Encoding.UTF8.GetBytes("{\"eventType\":\"START\",\"pad\":\"" + new string('a', 5 * 1024 * 1024) + "\"}"));
        var brotli = new ByteArrayContent(Encoding.UTF8.GetBytes("{}"));
        brotli.Headers.ContentType = new("application/json");
        brotli.Headers.ContentEncoding.Add("br");
        var broken = new ByteArrayContent(Encoding.UTF8.GetBytes("not gzip at all"));
        broken.Headers.ContentType = new("application/json");
        broken.Headers.ContentEncoding.Add("gzip");

        var tooLarge = await olivia.PostAsync("/api/v1/lineage", bomb);
        var unsupported = await olivia.PostAsync("/api/v1/lineage", brotli);
        var notGzip = await olivia.PostAsync("/api/v1/lineage", broken);

        Assert.True(bomb.Headers.ContentLength < 100_000, "the compressed body is small");
        await tooLarge.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("Content-Encoding 'br'", (await unsupported.ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString());
        Assert.Contains("not valid gzip", (await notGzip.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Equal(before, await audit.CountAsync());
    }

    private static ByteArrayContent Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal))
        {
            zip.Write(bytes);
        }
        var content = new ByteArrayContent(output.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }

    [Fact]
    public async Task TheSameEventDeliveredTwice_ChangesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var runId = Guid.NewGuid();
        var dag = Unique.Word();
        var e = OpenLineageEvents.Airflow("START", runId, T0, dag, $"bank.public.t_{dag}", $"raw/{dag}");
        await (await PostAsync(olivia, e)).ExpectAsync(HttpStatusCode.Created);
        var first = (await RunAsync(olivia, runId)).GetRawText();
        var before = await audit.CountAsync();

        var again = await PostAsync(olivia, e);

        await again.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(before, await audit.CountAsync());
        Assert.Equal(first, (await RunAsync(olivia, runId)).GetRawText());
    }

    [Fact]
    public async Task CompleteArrivingBeforeStart_KeepsTheRunComplete()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var runId = Guid.NewGuid();
        var dag = Unique.Word();

        await (await PostAsync(olivia, OpenLineageEvents.Airflow("COMPLETE", runId, T0.AddMinutes(9), dag, $"t_{dag}", $"raw/{dag}"))).ExpectAsync(HttpStatusCode.Created);
        await (await PostAsync(olivia, OpenLineageEvents.Airflow("START", runId, T0, dag, $"t_{dag}", $"raw/{dag}"))).ExpectAsync(HttpStatusCode.Created);

        var run = await RunAsync(olivia, runId);
        Assert.Equal("Complete", run.GetProperty("state").GetString());
        Assert.Equal(T0, run.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(T0.AddMinutes(9), run.GetProperty("endedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task SparkFailAfterStart_IsFailed_AndKnowsItsParentRun()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var runId = Guid.NewGuid();
        var parent = Guid.NewGuid();
        var w = Unique.Word();

        await (await PostAsync(olivia, OpenLineageEvents.Spark("START", runId, parent, T0, $"raw/{w}", $"features/{w}"))).ExpectAsync(HttpStatusCode.Created);
        await (await PostAsync(olivia, OpenLineageEvents.Spark("FAIL", runId, parent, T0.AddMinutes(3), $"raw/{w}", $"features/{w}"))).ExpectAsync(HttpStatusCode.Created);

        var run = await RunAsync(olivia, runId);
        Assert.Equal("Fail", run.GetProperty("state").GetString());
        Assert.Equal(parent, run.GetProperty("parentRunId").GetGuid());
        Assert.Equal("yarn", run.GetProperty("facets").GetProperty("spark_properties").GetProperty("properties").GetProperty("spark.master").GetString());
        Assert.Equal("spark-prod", run.GetProperty("jobNamespace").GetString());
    }

    [Fact]
    public async Task DbtVersionFacets_NameTheDatasetVersions_AndCustomFacetsAreKeptVerbatim()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var runId = Guid.NewGuid();
        var model = Unique.Word();

        await (await PostAsync(olivia, OpenLineageEvents.Dbt("COMPLETE", runId, T0, model, "2026-11-19", "snapshot 2026-11-20T02:00"))).ExpectAsync(HttpStatusCode.Created);

        var run = await RunAsync(olivia, runId);
        var input = Assert.Single(run.GetProperty("inputs").EnumerateArray());
        Assert.Equal("2026-11-19", input.GetProperty("label").GetString());
        var output = Assert.Single(run.GetProperty("outputs").EnumerateArray());
        Assert.Equal("snapshot 2026-11-20T02:00", output.GetProperty("externalVersion").GetString());
        var ticket = run.GetProperty("facets").GetProperty("contoso_ticket");
        Assert.Equal("CHG-4411", ticket.GetProperty("ticket").GetString());
        Assert.Equal(new[] { "m.chen", "d.okafor" }, ticket.GetProperty("approvers").EnumerateArray().Select(a => a.GetString()));
        var dataset = await (await olivia.GetAsync($"/api/v1/lineage/datasets?namespace={Uri.EscapeDataString("postgres://warehouse.internal:5432")}&name=analytics.credit.{model}"))
            .ExpectAsync(HttpStatusCode.OK);
        var stored = Assert.Single(dataset.GetProperty("versions").EnumerateArray());
        Assert.StartsWith("v-", stored.GetProperty("label").GetString());
        Assert.Equal(output.GetProperty("label").GetString(), stored.GetProperty("label").GetString());
    }

    [Fact]
    public async Task ATrainingRunWritingAVersionsArtifact_IsLinkedToThatVersion()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var model = Unique.Key("linked");
        await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(model))).ExpectAsync(HttpStatusCode.Created);
        var version = Requests.Version("1.0.0");
        var artifact = $"s3://contoso-models/{model}/1.0.0/model.onnx";
        version["artifactUri"] = artifact;
        await (await olivia.PostAsJsonAsync($"/api/v1/models/{model}/versions", version)).ExpectAsync(HttpStatusCode.Created);
        var runId = Guid.NewGuid();

        await (await PostAsync(olivia, OpenLineageEvents.Training("COMPLETE", runId, T0, $"features/{model}", artifact))).ExpectAsync(HttpStatusCode.Created);

        var run = await RunAsync(olivia, runId);
        Assert.Equal(model, run.GetProperty("modelKey").GetString());
        Assert.Equal("1.0.0", run.GetProperty("modelVersionLabel").GetString());
        Assert.Equal("ArtifactUri", run.GetProperty("modelLink").GetString());
    }

    [Fact]
    public async Task ARunLinkedByHand_ShowsItsVersion_AndTheLinkIsAudited()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var model = Unique.Key("manual");
        await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(model))).ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsJsonAsync($"/api/v1/models/{model}/versions", Requests.Version("1.0.0"))).ExpectAsync(HttpStatusCode.Created);
        var runId = Guid.NewGuid();
        await (await PostAsync(olivia, OpenLineageEvents.Training("COMPLETE", runId, T0, $"features/{model}", $"s3://elsewhere/{model}.pkl"))).ExpectAsync(HttpStatusCode.Created);
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync($"/api/v1/lineage/runs/{runId}/model-version", new { model, version = "1.0.0" });

        await response.ExpectAsync(HttpStatusCode.NoContent);
        var run = await RunAsync(olivia, runId);
        Assert.Equal("Manual", run.GetProperty("modelLink").GetString());
        Assert.Equal(new[] { "lineage-run.linked" }, await audit.ActionsAfterAsync(mark));
    }

    [Fact]
    public async Task DatasetAndJobEvents_RecordStaticMetadata()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var w = Unique.Word();
        var facets = new JsonObject
        {
            ["documentation"] = OpenLineageEvents.Facet("DocumentationDatasetFacet", new() { ["description"] = "Curated applications." }),
            ["ownership"] = OpenLineageEvents.Facet("OwnershipDatasetFacet", new() { ["owners"] = new JsonArray(new JsonObject { ["name"] = "team:credit-data" }) }),
        };

        await (await PostAsync(olivia, OpenLineageEvents.DatasetEvent("s3://contoso-lake", $"curated/{w}", T0, facets))).ExpectAsync(HttpStatusCode.Created);
        await (await PostAsync(olivia, OpenLineageEvents.JobEvent("batch-scoring", $"score_{w}", T0, $"curated/{w}", $"scores/{w}"))).ExpectAsync(HttpStatusCode.Created);

        var dataset = await (await olivia.GetAsync($"/api/v1/lineage/datasets?namespace=s3://contoso-lake&name=curated/{w}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("team:credit-data", dataset.GetProperty("facets").GetProperty("ownership").GetProperty("owners")[0].GetProperty("name").GetString());
        var job = await (await olivia.GetAsync($"/api/v1/lineage/jobs?namespace=batch-scoring&name=score_{w}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Nightly scoring batch.", job.GetProperty("facets").GetProperty("documentation").GetProperty("description").GetString());
        Assert.Equal(0, job.GetProperty("runCount").GetInt32());
    }

    [Fact]
    public async Task AnObservedSourceSystem_CanBeDescribed_ButNotWithAnEmptyDescription()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var ns = $"postgres://{Unique.Word()}.internal:5432";
        await (await PostAsync(olivia, OpenLineageEvents.DatasetEvent(ns, "public.accounts", T0, []))).ExpectAsync(HttpStatusCode.Created);
        var dataset = await (await olivia.GetAsync($"/api/v1/lineage/datasets?namespace={Uri.EscapeDataString(ns)}&name=public.accounts")).ExpectAsync(HttpStatusCode.OK);
        var key = dataset.GetProperty("sourceSystemKey").GetString();
        var mark = await audit.LastSequenceAsync();

        var empty = await olivia.PutAsJsonAsync($"/api/v1/source-systems/{key}/description", new { name = "Accounts DB", kind = "Application database", description = " " });
        var described = await olivia.PutAsJsonAsync($"/api/v1/source-systems/{key}/description",
            new { name = "Accounts DB", kind = "Application database", description = "System of record for current accounts; owned by Retail IT." });

        await empty.ExpectFieldErrorAsync("description");
        Assert.Equal("System of record for current accounts; owned by Retail IT.", (await described.ExpectAsync(HttpStatusCode.OK)).GetProperty("description").GetString());
        Assert.Equal(new[] { "source-system.described" }, await audit.ActionsAfterAsync(mark));
    }

    public static TheoryData<string, string, string> InvalidEvents => new()
    {
        { "missing runId", """{"eventType":"START","eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example/1","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json","run":{},"job":{"namespace":"n","name":"j"}}""", "run.runId" },
        { "unknown eventType", """{"eventType":"FINISHED","eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example/1","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json","run":{"runId":"RUNID"},"job":{"namespace":"n","name":"j"}}""", "eventType" },
        { "truncated JSON", """{"eventType":"START","eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example/1","run":{"runId":"RUNID"},"job":{"namesp""", "body" },
        { "eventTime as a number", """{"eventType":"START","eventTime":1732068000,"producer":"https://p.example/1","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json","run":{"runId":"RUNID"},"job":{"namespace":"n","name":"j"}}""", "eventTime" },
        { "inputs as an object", """{"eventType":"START","eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example/1","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json","run":{"runId":"RUNID"},"job":{"namespace":"n","name":"j"},"inputs":{"namespace":"s3://x","name":"y"}}""", "inputs" },
        { "runId not a UUID", """{"eventType":"START","eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example/1","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json","run":{"runId":"run-42"},"job":{"namespace":"n","name":"j"}}""", "run.runId" },
        { "dataset without a name", """{"eventType":"START","eventTime":"2026-11-20T02:00:00Z","producer":"https://p.example/1","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json","run":{"runId":"RUNID"},"job":{"namespace":"n","name":"j"},"outputs":[{"namespace":"s3://x"}]}""", "outputs[0].name" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public async Task InvalidEvents_AreRefusedWithTheirReason_AndNothingIsWritten(string what, string body, string field)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var runId = Guid.NewGuid();
        var before = await audit.CountAsync();

        var response = await olivia.PostAsync("/api/v1/lineage", new StringContent(body.Replace("RUNID", runId.ToString()), Encoding.UTF8, "application/json"));

        var problem = await response.ExpectFieldErrorAsync(field);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), what);
        Assert.Equal(before, await audit.CountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await olivia.GetAsync($"/api/v1/lineage/runs/{runId}")).StatusCode);
    }

    [Fact]
    public async Task AnAuditorsToken_CannotPostLineage()
    {
        var henrik = await host.ClientForAsync(PortalClients.Henrik);
        var runId = Guid.NewGuid();

        var response = await PostAsync(henrik, OpenLineageEvents.Airflow("START", runId, T0, "d", "t", "raw/t"));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject e) =>
        client.PostAsync("/api/v1/lineage", new StringContent(e.ToJsonString(), Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> RunAsync(HttpClient client, Guid runId) =>
        await (await client.GetAsync($"/api/v1/lineage/runs/{runId}")).ExpectAsync(HttpStatusCode.OK);
}
