using System.Net;
using System.Net.Http.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Lineage;

/// <summary>Recording where training data comes from: source systems, datasets and immutable dataset versions.</summary>
public abstract class LineageApiTests(PortalHost host)
{
    [Fact]
    public async Task CreateSourceSystem_AsModelOwner_Returns201IsListedAndAudited()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = Unique.Key("source");
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/source-systems", Requests.SourceSystem(key));

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/source-systems/{key}", response.Headers.Location?.OriginalString);
        Assert.Equal("Data warehouse", created.GetProperty("kind").GetString());
        var list = await (await olivia.GetAsync("/api/v1/source-systems")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(key, list.EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(new[] { "source-system.created" }, await audit.ActionsAfterAsync(mark));
    }

    [Fact]
    public async Task CreateDataset_FromASourceSystem_Returns201IsListedUnderItAndAudited()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var source = await CreateSourceSystemAsync(olivia);
        var key = Unique.Key("dataset");
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/datasets", Requests.Dataset(key, source));

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/datasets/{key}", response.Headers.Location?.OriginalString);
        Assert.Equal(source, created.GetProperty("sourceSystemKey").GetString());
        var list = await (await olivia.GetAsync($"/api/v1/datasets?sourceSystem={source}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(key, Assert.Single(list.EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal(new[] { "dataset.created" }, await audit.ActionsAfterAsync(mark));
    }

    [Fact]
    public async Task CaptureDatasetVersion_OfADataset_Returns201IsListedAndAudited()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var dataset = await CreateDatasetAsync(olivia, await CreateSourceSystemAsync(olivia));
        var request = Requests.DatasetVersion("2026-11-30");
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync($"/api/v1/datasets/{dataset}/versions", request);

        var captured = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/datasets/{dataset}/versions/2026-11-30", response.Headers.Location?.OriginalString);
        Assert.Equal($"{dataset}@2026-11-30", captured.GetProperty("reference").GetString());
        var list = await (await olivia.GetAsync($"/api/v1/datasets/{dataset}/versions")).ExpectAsync(HttpStatusCode.OK);
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(request["contentHash"]!.GetValue<string>(), listed.GetProperty("contentHash").GetString());
        Assert.Equal(1200, listed.GetProperty("rowCount").GetInt64());
        Assert.Equal(new[] { "dataset-version.captured" }, await audit.ActionsAfterAsync(mark));
    }

    [Fact]
    public async Task CapturedDatasetVersion_CanBeNamedByAModelVersion_AndTracesBackToItsSourceSystem()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var source = await CreateSourceSystemAsync(olivia);
        var dataset = await CreateDatasetAsync(olivia, source);
        await (await olivia.PostAsJsonAsync($"/api/v1/datasets/{dataset}/versions", Requests.DatasetVersion("v1"))).ExpectAsync(HttpStatusCode.Created);
        var model = Unique.Key("traced");
        await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(model))).ExpectAsync(HttpStatusCode.Created);

        var response = await olivia.PostAsJsonAsync($"/api/v1/models/{model}/versions", Requests.Version("1.0.0", "Major", $"{dataset}@v1"));

        var version = await response.ExpectAsync(HttpStatusCode.Created);
        var trainedOn = Assert.Single(version.GetProperty("datasets").EnumerateArray());
        Assert.Equal($"{dataset}@v1", trainedOn.GetProperty("reference").GetString());
        Assert.Equal(source, trainedOn.GetProperty("sourceSystemKey").GetString());
    }

    [Fact]
    public async Task CreateSourceSystem_WithAnExistingKey_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/source-systems", Requests.SourceSystem("core-banking-db"));

        await response.ExpectFieldErrorAsync("key");
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CreateDataset_WithAnExistingKey_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var source = await CreateSourceSystemAsync(olivia);
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/datasets", Requests.Dataset("loan-applications", source));

        await response.ExpectFieldErrorAsync("key");
        var list = await (await olivia.GetAsync($"/api/v1/datasets?sourceSystem={source}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(list.EnumerateArray());
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CreateDataset_FromAnUnknownSourceSystem_IsRefusedNamingTheFieldAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = Unique.Key("orphan");
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/datasets", Requests.Dataset(key, "no-such-source"));

        await response.ExpectFieldErrorAsync("sourceSystem");
        var list = await (await olivia.GetAsync("/api/v1/datasets")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(key, list.EnumerateArray().Select(d => d.GetProperty("key").GetString()));
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CaptureDatasetVersion_WithALabelAlreadyRecorded_IsRefusedAndKeepsTheFirst()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var dataset = await CreateDatasetAsync(olivia, await CreateSourceSystemAsync(olivia));
        var first = Requests.DatasetVersion("2026-11-30");
        await (await olivia.PostAsJsonAsync($"/api/v1/datasets/{dataset}/versions", first)).ExpectAsync(HttpStatusCode.Created);
        var second = Requests.DatasetVersion("2026-11-30");
        second["contentHash"] = Requests.Sha256("different content");
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync($"/api/v1/datasets/{dataset}/versions", second);

        await response.ExpectFieldErrorAsync("label");
        var list = await (await olivia.GetAsync($"/api/v1/datasets/{dataset}/versions")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(first["contentHash"]!.GetValue<string>(), Assert.Single(list.EnumerateArray()).GetProperty("contentHash").GetString());
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CreateSourceSystem_ByManager_IsForbiddenAndWritesNothing()
    {
        var grace = await host.ClientForAsync(PortalClients.Grace);
        var audit = await host.AuditTrailAsync();
        var key = Unique.Key("by-manager");
        var before = await audit.CountAsync();

        var response = await grace.PostAsJsonAsync("/api/v1/source-systems", Requests.SourceSystem(key));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        var list = await (await grace.GetAsync("/api/v1/source-systems")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(key, list.EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(before, await audit.CountAsync());
    }

    private static async Task<string> CreateSourceSystemAsync(HttpClient client)
    {
        var key = Unique.Key("source");
        await (await client.PostAsJsonAsync("/api/v1/source-systems", Requests.SourceSystem(key))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }

    private static async Task<string> CreateDatasetAsync(HttpClient client, string sourceSystem)
    {
        var key = Unique.Key("dataset");
        await (await client.PostAsJsonAsync("/api/v1/datasets", Requests.Dataset(key, sourceSystem))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }
}
