using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Models;

/// <summary>The model registry over HTTP, on the real app and database; each test works on models of its own.</summary>
public abstract class ModelsApiTests(PortalHost host)
{
    [Fact]
    public async Task ListModels_SearchedSortedByNameDescendingAndPaged_ReturnsThatPageAndTheTotal()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var word = Unique.Word();
        foreach (var name in new[] { "Bravo", "Alpha", "Charlie" })
        {
            await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(Unique.Key("list"), name: $"{name} {word}")))
                .ExpectAsync(HttpStatusCode.Created);
        }

        var firstPage = await olivia.GetAsync($"/api/v1/models?search={word.ToUpperInvariant()}&sort=name&desc=true&page=0&pageSize=2");
        var secondPage = await olivia.GetAsync($"/api/v1/models?search={word}&sort=name&desc=true&page=1&pageSize=2");

        var first = await firstPage.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(new[] { $"Charlie {word}", $"Bravo {word}" }, Names(first));
        var second = await secondPage.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, second.GetProperty("totalCount").GetInt32());
        Assert.Equal(new[] { $"Alpha {word}" }, Names(second));
    }

    [Fact]
    public async Task ListModels_SearchingForASeededModel_ShowsItsOwnerAndLatestVersion()
    {
        var grace = await host.ClientForAsync(PortalClients.Grace);

        var response = await grace.GetAsync("/api/v1/models?search=credit-default-pd");

        var page = await response.ExpectAsync(HttpStatusCode.OK);
        var model = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("credit-default-pd", model.GetProperty("key").GetString());
        Assert.Equal("Olivia Owens", model.GetProperty("ownerName").GetString());
        Assert.Equal(3, model.GetProperty("versionCount").GetInt32());
        Assert.Equal("2.1.0", model.GetProperty("latestVersion").GetString());
    }

    [Fact]
    public async Task CreateModel_ByModelOwner_Returns201WithLocationAndIsReadableByKey()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = Unique.Key("create");
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(key, owner: PortalClients.Olivia));

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/models/{key}", response.Headers.Location?.OriginalString);
        Assert.Equal(key, created.GetProperty("key").GetString());
        Assert.Equal(1, created.GetProperty("revision").GetInt32());
        var read = await (await olivia.GetAsync(response.Headers.Location)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(key, read.GetProperty("key").GetString());
        Assert.Equal(PortalClients.Olivia, read.GetProperty("owner").GetProperty("email").GetString());
        Assert.Equal("High", read.GetProperty("riskTier").GetString());
        Assert.Equal(3, read.GetProperty("cadenceMonths").GetInt32());
        Assert.Equal(0, read.GetProperty("versionCount").GetInt32());
        var written = Assert.Single(await audit.EventsAfterAsync(mark));
        Assert.Equal("model.created", written.GetProperty("action").GetString());
        Assert.Equal(key, written.GetProperty("modelKey").GetString());
        Assert.Equal("Olivia Owens", written.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task CreateModel_WithUnknownOwner_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = Unique.Key("unknown-owner");
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(key, owner: "nobody@contoso.example"));

        var problem = await response.ExpectFieldErrorAsync("owner");
        Assert.Contains("nobody@contoso.example", problem.GetProperty("detail").GetString());
        await AssertNoModelAsync(olivia, key);
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CreateModel_WithoutOwner_IsRefusedAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = Unique.Key("no-owner");
        var body = Requests.Model(key);
        body.Remove("owner");
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/models", body);

        await response.ExpectFieldErrorAsync("owner");
        await AssertNoModelAsync(olivia, key);
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CreateModel_WithAnExistingKey_IsRefusedAndChangesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var existing = await (await olivia.GetAsync("/api/v1/models/credit-default-pd")).ExpectAsync(HttpStatusCode.OK);
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model("credit-default-pd", name: "A second credit model"));

        await response.ExpectFieldErrorAsync("key");
        var after = await (await olivia.GetAsync("/api/v1/models/credit-default-pd")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(existing.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal(existing.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
        Assert.Equal(before, await audit.CountAsync());
    }

    [Theory]
    [InlineData("Bad_Key")]
    [InlineData("ab")]
    [InlineData("9-lives")]
    public async Task CreateModel_WithMalformedKey_IsRefusedAndWritesNothing(string key)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(key));

        await response.ExpectFieldErrorAsync("key");
        await AssertNoModelAsync(olivia, key);
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CreateModel_WithMalformedJson_IsRefusedWithAMessageAndWritesNothing()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();
        using var body = new StringContent("{\"key\": \"half-a-model\", \"name\": ", Encoding.UTF8, "application/json");

        var response = await olivia.PostAsync("/api/v1/models", body);

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        await AssertNoModelAsync(olivia, "half-a-model");
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task CreateModel_ByManager_IsForbiddenAndWritesNothing()
    {
        var grace = await host.ClientForAsync(PortalClients.Grace);
        var audit = await host.AuditTrailAsync();
        var key = Unique.Key("by-manager");
        var before = await audit.CountAsync();

        var response = await grace.PostAsJsonAsync("/api/v1/models", Requests.Model(key, owner: PortalClients.Olivia));

        var problem = await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("ModelOwner", problem.GetProperty("detail").GetString());
        await AssertNoModelAsync(grace, key);
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task EditModel_WithCurrentRevision_SavesTheEditAndAuditsBeforeAndAfter()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = await CreateModelAsync(olivia);
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.PutAsJsonAsync($"/api/v1/models/{key}", Requests.ModelEdit(1, "Renamed by its owner", riskTier: "Low"));

        var edited = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Renamed by its owner", edited.GetProperty("name").GetString());
        Assert.Equal("Low", edited.GetProperty("riskTier").GetString());
        Assert.Equal(12, edited.GetProperty("cadenceMonths").GetInt32());
        Assert.Equal(2, edited.GetProperty("revision").GetInt32());
        var written = Assert.Single(await audit.EventsAfterAsync(mark));
        Assert.Equal("model.updated", written.GetProperty("action").GetString());
        Assert.Equal(key, written.GetProperty("modelKey").GetString());
        Assert.Contains($"Integration test model {key}", written.GetProperty("before").GetString());
        Assert.Contains("Renamed by its owner", written.GetProperty("after").GetString());
    }

    [Fact]
    public async Task EditModel_WithStaleRevision_IsRefusedWith409AndKeepsTheOtherEdit()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var key = await CreateModelAsync(olivia);
        await (await olivia.PutAsJsonAsync($"/api/v1/models/{key}", Requests.ModelEdit(1, "First edit"))).ExpectAsync(HttpStatusCode.OK);
        var before = await audit.CountAsync();

        var response = await olivia.PutAsJsonAsync($"/api/v1/models/{key}", Requests.ModelEdit(1, "Edit based on an old read"));

        await response.ExpectProblemAsync(HttpStatusCode.Conflict);
        var current = await (await olivia.GetAsync($"/api/v1/models/{key}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("First edit", current.GetProperty("name").GetString());
        Assert.Equal(2, current.GetProperty("revision").GetInt32());
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task EditModel_WithoutRevision_IsRefused()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var key = await CreateModelAsync(olivia);
        var body = Requests.ModelEdit(1, "Edit without a revision");
        body.Remove("revision");

        var response = await olivia.PutAsJsonAsync($"/api/v1/models/{key}", body);

        await response.ExpectFieldErrorAsync("revision");
    }

    [Fact]
    public async Task EditModel_ByAModelOwnerWhoDoesNotOwnIt_IsForbiddenAndChangesNothing()
    {
        var marcus = await host.ClientForAsync(PortalClients.Marcus);
        var audit = await host.AuditTrailAsync();
        var existing = await (await marcus.GetAsync("/api/v1/models/credit-default-pd")).ExpectAsync(HttpStatusCode.OK);
        var revision = existing.GetProperty("revision").GetInt32();
        var before = await audit.CountAsync();

        var response = await marcus.PutAsJsonAsync("/api/v1/models/credit-default-pd", Requests.ModelEdit(revision, "Taken over by Marcus"));

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        var after = await (await marcus.GetAsync("/api/v1/models/credit-default-pd")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(existing.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal(revision, after.GetProperty("revision").GetInt32());
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task GetModel_WithUnknownKey_IsNotFoundProblem()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);

        var response = await olivia.GetAsync("/api/v1/models/no-such-model");

        var problem = await response.ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no-such-model", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task EditModel_WithUnknownKey_IsNotFoundProblem()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);

        var response = await olivia.PutAsJsonAsync("/api/v1/models/no-such-model", Requests.ModelEdit(1, "Nothing to edit"));

        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<string> CreateModelAsync(HttpClient owner)
    {
        var key = Unique.Key("edit");
        await (await owner.PostAsJsonAsync("/api/v1/models", Requests.Model(key))).ExpectAsync(HttpStatusCode.Created);
        return key;
    }

    private static async Task AssertNoModelAsync(HttpClient client, string key) =>
        await (await client.GetAsync($"/api/v1/models/{Uri.EscapeDataString(key)}")).ExpectAsync(HttpStatusCode.NotFound);

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToArray();
}
