using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Models;

/// <summary>Registering immutable model versions with their pins and training data; each test registers on a model of its own.</summary>
public abstract class ModelVersionsApiTests(PortalHost host)
{
    [Fact]
    public async Task RegisterVersion_WithPinsAndDatasetVersions_Returns201AndIsAuditedListedAndReadable()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = await CreateModelAsync(olivia);
        var request = Requests.Version("1.0.0", "Major", Requests.UnusedDatasetVersion);
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync($"/api/v1/models/{key}/versions", request);

        var registered = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/models/{key}/versions/1.0.0", response.Headers.Location?.OriginalString);
        Assert.Equal("Draft", registered.GetProperty("stage").GetString());
        var written = Assert.Single(await audit.EventsAfterAsync(mark));
        Assert.Equal("model-version.registered", written.GetProperty("action").GetString());
        Assert.Equal(key, written.GetProperty("modelKey").GetString());
        var list = await (await olivia.GetAsync($"/api/v1/models/{key}/versions")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        var summary = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("1.0.0", summary.GetProperty("label").GetString());
        Assert.Equal(1, summary.GetProperty("datasetCount").GetInt32());
        var version = await (await olivia.GetAsync($"/api/v1/models/{key}/versions/1.0.0")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(key, version.GetProperty("modelKey").GetString());
        Assert.Equal("Major", version.GetProperty("changeClass").GetString());
        Assert.Equal(request["artifactUri"]!.GetValue<string>(), version.GetProperty("artifactUri").GetString());
        Assert.Equal(request["artifactSha256"]!.GetValue<string>(), version.GetProperty("artifactSha256").GetString());
        Assert.Equal(request["codeRepository"]!.GetValue<string>(), version.GetProperty("codeRepository").GetString());
        Assert.Equal(request["codeCommit"]!.GetValue<string>(), version.GetProperty("codeCommit").GetString());
        Assert.Equal(request["environmentLockHash"]!.GetValue<string>(), version.GetProperty("environmentLockHash").GetString());
        Assert.Equal("Olivia Owens", version.GetProperty("registeredBy").GetString());
        var dataset = Assert.Single(version.GetProperty("datasets").EnumerateArray());
        Assert.Equal(Requests.UnusedDatasetVersion, dataset.GetProperty("reference").GetString());
        Assert.Equal("card-transactions-stream", dataset.GetProperty("sourceSystemKey").GetString());
        var model = await (await olivia.GetAsync($"/api/v1/models/{key}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, model.GetProperty("versionCount").GetInt32());
    }

    [Fact]
    public async Task RegisterVersion_AsMinorChangeOnTheSameSourceSystem_IsAccepted()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await CreateModelAsync(olivia);
        await RegisterAsync(olivia, key, Requests.Version("1.0.0", "Major", Requests.OlderDatasetVersionOfTheSameSource));

        var response = await olivia.PostAsJsonAsync($"/api/v1/models/{key}/versions",
            Requests.Version("1.1.0", "Minor", Requests.UnusedDatasetVersion));

        var registered = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Minor", registered.GetProperty("changeClass").GetString());
        var list = await (await olivia.GetAsync($"/api/v1/models/{key}/versions?sort=label")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(new[] { "1.0.0", "1.1.0" }, list.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task RegisterVersion_WithoutDatasetVersions_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await CreateModelAsync(olivia);
        var request = Requests.Version("1.0.0");
        request["datasetVersions"] = new JsonArray();

        await AssertRefusedAsync(olivia, key, request, "1.0.0", HttpStatusCode.BadRequest, "datasetVersions");
    }

    [Fact]
    public async Task RegisterVersion_WithMalformedArtifactSha256_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await CreateModelAsync(olivia);
        var request = Requests.Version("1.0.0");
        request["artifactSha256"] = "9f86d081884c7d65";

        await AssertRefusedAsync(olivia, key, request, "1.0.0", HttpStatusCode.BadRequest, "artifactSha256");
    }

    [Fact]
    public async Task RegisterVersion_WithAbbreviatedCommit_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await CreateModelAsync(olivia);
        var request = Requests.Version("1.0.0");
        request["codeCommit"] = "3f2a9c1";

        await AssertRefusedAsync(olivia, key, request, "1.0.0", HttpStatusCode.BadRequest, "codeCommit");
    }

    [Fact]
    public async Task RegisterVersion_WithUnknownDatasetVersion_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await CreateModelAsync(olivia);
        var request = Requests.Version("1.0.0", "Major", "card-authorisations@1999-12-31");

        var problem = await AssertRefusedAsync(olivia, key, request, "1.0.0", HttpStatusCode.BadRequest, "datasetVersions");

        Assert.Contains("card-authorisations@1999-12-31", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RegisterVersion_WithALabelAlreadyRegistered_IsRefusedAndKeepsTheFirst()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = await CreateModelAsync(olivia);
        var first = Requests.Version("1.0.0");
        await RegisterAsync(olivia, key, first);
        var second = Requests.Version("1.0.0");
        second["artifactSha256"] = Requests.Sha256("a different artifact");
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync($"/api/v1/models/{key}/versions", second);

        await response.ExpectFieldErrorAsync("label");
        var stored = await (await olivia.GetAsync($"/api/v1/models/{key}/versions/1.0.0")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(first["artifactSha256"]!.GetValue<string>(), stored.GetProperty("artifactSha256").GetString());
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task RegisterVersion_FirstVersionAsMinor_IsRefusedByTheRuleAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await CreateModelAsync(olivia);
        var request = Requests.Version("1.0.0", "Minor");

        var problem = await AssertRefusedAsync(olivia, key, request, "1.0.0", HttpStatusCode.UnprocessableEntity, field: null);

        Assert.Contains("first version", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RegisterVersion_OfAModelSomeoneElseOwns_IsForbidden()
    {
        var marcus = await host.ClientForAsync(PortalClients.Marcus);

        var response = await marcus.PostAsJsonAsync("/api/v1/models/credit-default-pd/versions", Requests.Version("9.9.9"));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await marcus.GetAsync("/api/v1/models/credit-default-pd/versions/9.9.9")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> AssertRefusedAsync(HttpClient client, string key, JsonObject request,
        string label, HttpStatusCode status, string? field)
    {
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/models/{key}/versions", request);

        var problem = field is null ? await response.ExpectProblemAsync(status) : await response.ExpectFieldErrorAsync(field);
        await (await client.GetAsync($"/api/v1/models/{key}/versions/{label}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        var versions = await (await client.GetAsync($"/api/v1/models/{key}/versions")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, versions.GetProperty("totalCount").GetInt32());
        Assert.Equal(before, await audit.CountAsync());
        return problem;
    }

    private static async Task<string> CreateModelAsync(HttpClient owner)
    {
        var key = Unique.Key("versioned");
        await (await owner.PostAsJsonAsync("/api/v1/models", Requests.Model(key))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }

    private static async Task RegisterAsync(HttpClient owner, string key, JsonObject request) =>
        await (await owner.PostAsJsonAsync($"/api/v1/models/{key}/versions", request)).ExpectAsync(HttpStatusCode.Created);
}
