using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;

namespace CompliancePortal.IntegrationTests.Evaluation;

/// <summary>Golden sets over the API: definitions, content-addressed versions from uploads or URIs, and refusals that write nothing.</summary>
public abstract class GoldenSetApiTests(PortalHost host)
{
    [Fact]
    public async Task CreateAndUpload_StoresVersionOneNamedByTheSha256OfItsBytes_AndAuditsBothWithTheModelKey()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelAsync(olivia);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var created = await (await olivia.PostAsJsonAsync(GoldenSetsUrl(key), Definition())).ExpectAsync(HttpStatusCode.Created);
        var uploaded = await (await olivia.PostAsync(VersionsUrl(key), CsvContent(Csv))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Classification", created.GetProperty("problem").GetString());
        Assert.Equal(0, created.GetProperty("currentVersion").GetInt32());
        Assert.Equal(1, uploaded.GetProperty("number").GetInt32());
        Assert.Equal(Sha256(Csv), uploaded.GetProperty("contentHash").GetString());
        Assert.Equal("Upload", uploaded.GetProperty("source").GetString());
        Assert.Equal(4, uploaded.GetProperty("rowCount").GetInt32());
        Assert.Equal(Encoding.UTF8.GetByteCount(Csv), uploaded.GetProperty("sizeBytes").GetInt64());
        var events = await audit.EventsAfterAsync(mark);
        Assert.Equal(["golden-set.created", "golden-set.version-added"], events.Select(e => e.GetProperty("action").GetString()));
        Assert.All(events, e => Assert.Equal(key, e.GetProperty("modelKey").GetString()));
        Assert.Contains(Sha256(Csv), events[1].GetProperty("after").GetString());
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task UploadingDifferentContent_AddsVersionTwo_AndKeepsVersionOneForTheRecord()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);

        var second = await (await olivia.PostAsync(VersionsUrl(key), CsvContent(OtherCsv))).ExpectAsync(HttpStatusCode.Created);
        var versions = await (await olivia.GetAsync(VersionsUrl(key))).ExpectAsync(HttpStatusCode.OK);
        var set = await (await olivia.GetAsync($"{GoldenSetsUrl(key)}/{Name}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal([Sha256(OtherCsv), Sha256(Csv)], versions.EnumerateArray().Select(v => v.GetProperty("contentHash").GetString()));
        Assert.Equal(Sha256(OtherCsv), set.GetProperty("currentContentHash").GetString());
    }

    [Fact]
    public async Task UploadingTheCurrentContentAgain_Is409AlreadyTheCurrentVersion_AndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsync(VersionsUrl(key), CsvContent(Csv));

        var problem = await response.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already the current version", problem.GetProperty("detail").GetString());
        Assert.Equal(1, (await (await olivia.GetAsync(VersionsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task RegisterUri_WithItsSha256_AddsAVersionWithoutDownloadingIt()
    {
        var priya = await host.ClientForAsync(PortalClients.Priya);
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var hash = Sha256("a large golden set kept in the lake");

        var response = await priya.PostAsJsonAsync(VersionsUrl(key), new { uri = "s3://lake/golden/holdout.csv", sha256 = $"sha256:{hash.ToUpperInvariant()}" });

        var version = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(2, version.GetProperty("number").GetInt32());
        Assert.Equal(hash, version.GetProperty("contentHash").GetString());
        Assert.Equal("RegisteredUri", version.GetProperty("source").GetString());
        Assert.Equal("s3://lake/golden/holdout.csv", version.GetProperty("uri").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, version.GetProperty("rowCount").ValueKind);
    }

    [Theory]
    [InlineData("not-a-hash", "s3://lake/golden/holdout.csv", "sha256")]
    [InlineData("abc123", "s3://lake/golden/holdout.csv", "sha256")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", "holdout.csv", "uri")]
    public async Task RegisterUri_WithAMalformedHashOrRelativeUri_Is400NamingTheField_AndWritesNothing(string sha256, string uri, string field)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync(VersionsUrl(key), new { uri, sha256 });

        await response.ExpectFieldErrorAsync(field);
        Assert.Equal(1, (await (await olivia.GetAsync(VersionsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Theory]
    [InlineData("", "file", "empty")]
    [InlineData("x1,x2,label\n", "file", "no rows")]
    [InlineData("x1,x2,label\n0.1,abc,0\n", "file", "abc")]
    [InlineData("x1,x2,label\n0.1,\"1.5,0\n", "file", "not valid CSV")]
    [InlineData("x1,x2,outcome\n0.1,1.5,0\n", "labelColumn", "label")]
    [InlineData("x1,label\n0.1,0\n", "featureColumns", "x2")]
    public async Task Upload_OfABadCsv_Is400NamingTheFieldAndTheProblem_AndWritesNothing(string csv, string field, string mentioned)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelAsync(olivia);
        await (await olivia.PostAsJsonAsync(GoldenSetsUrl(key), Definition())).ExpectAsync(HttpStatusCode.Created);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsync(VersionsUrl(key), CsvContent(csv));

        var problem = await response.ExpectFieldErrorAsync(field);
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString());
        Assert.Equal(0, (await (await olivia.GetAsync(VersionsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task Upload_OverTwentyMegabytes_Is413_AndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelAsync(olivia);
        await (await olivia.PostAsJsonAsync(GoldenSetsUrl(key), Definition())).ExpectAsync(HttpStatusCode.Created);
        var row = "0.1,1.5,0\n";
        var big = "x1,x2,label\n" + string.Concat(Enumerable.Repeat(row, 20 * 1024 * 1024 / row.Length + 1));

        var response = await olivia.PostAsync(VersionsUrl(key), CsvContent(big));

        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await (await olivia.GetAsync(VersionsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task Upload_AsNeitherCsvNorJson_Is415()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);

        var response = await olivia.PostAsync(VersionsUrl(key), new StringContent(Csv, Encoding.UTF8, "text/plain"));

        await response.ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("labelColumn")]
    [InlineData("mixedMetrics")]
    [InlineData("unknownMetric")]
    [InlineData("duplicateName")]
    public async Task Create_WithAnInvalidDefinition_Is400NamingTheField_AndWritesNothing(string problem)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await NewModelWithGoldenSetAsync(olivia);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();
        var (definition, field) = Invalid(problem);

        var response = await olivia.PostAsJsonAsync(GoldenSetsUrl(key), definition);

        await response.ExpectFieldErrorAsync(field);
        Assert.Equal(1, (await (await olivia.GetAsync(GoldenSetsUrl(key))).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task Create_ByAModelOwnerWhoDoesNotOwnTheModel_Is403_AndByAComplianceOfficer_Succeeds()
    {
        var marcus = await host.ClientForAsync(PortalClients.Marcus);
        var priya = await host.ClientForAsync(PortalClients.Priya);
        var key = await NewModelAsync(await host.ClientForAsync(PortalClients.Olivia));

        var refused = await marcus.PostAsJsonAsync(GoldenSetsUrl(key), Definition());
        var accepted = await priya.PostAsJsonAsync(GoldenSetsUrl(key), Definition());

        await refused.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await accepted.ExpectAsync(HttpStatusCode.Created);
    }

    private static (JsonObject Definition, string Field) Invalid(string problem)
    {
        var definition = Definition("second-set");
        switch (problem)
        {
            case "labelColumn":
                definition["labelColumn"] = " ";
                return (definition, "labelColumn");
            case "mixedMetrics":
                definition["metrics"]!.AsArray().Add(new JsonObject { ["kind"] = "rmse", ["threshold"] = 2 });
                return (definition, "metrics");
            case "unknownMetric":
                definition["metrics"]!.AsArray().Add(new JsonObject { ["kind"] = "vibes", ["threshold"] = 1 });
                return (definition, "metrics");
            default:
                return (Definition(), "name");
        }
    }
}
