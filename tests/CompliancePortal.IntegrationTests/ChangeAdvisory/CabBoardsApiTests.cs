using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.ChangeAdvisory;

/// <summary>Administrators set up change advisory boards over HTTP; everyone else reads them.</summary>
public abstract class CabBoardsApiTests(PortalHost host)
{
    private const string Daniel = "daniel.okafor@contoso.example";
    private const string Yuki = "yuki.tanaka@contoso.example";
    private const string BoardsUrl = "/api/v1/cab/boards";

    [Fact]
    public async Task Administrator_CreatesABoard_EveryoneReadsIt_AndTheChangeIsAudited()
    {
        var alex = await host.ClientForAsync(PortalClients.Alex);
        var grace = await host.ClientForAsync(PortalClients.Grace);
        var key = Unique.Key("cab");

        var created = await (await alex.PostAsJsonAsync(BoardsUrl, Board(key))).ExpectAsync(HttpStatusCode.Created);
        var read = await (await grace.GetAsync($"{BoardsUrl}/{key}")).ExpectAsync(HttpStatusCode.OK);
        var listed = await (await grace.GetAsync(BoardsUrl)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(created.GetRawText(), read.GetRawText());
        Assert.Equal(Yuki, read.GetProperty("chair").GetProperty("email").GetString());
        Assert.Equal(new[] { Daniel, PortalClients.Marcus, Yuki }.Order(), Emails(read.GetProperty("members")).Order());
        Assert.Equal((2, "TwoThirds"), (read.GetProperty("quorum").GetInt32(), read.GetProperty("decisionRule").GetString()));
        Assert.Equal(new[] { "High", "Critical" }, read.GetProperty("riskTiers").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(new[] { "credit-default-pd" }, read.GetProperty("modelKeys").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains(listed.EnumerateArray(), b => b.GetProperty("key").GetString() == key && b.GetProperty("memberCount").GetInt32() == 3);
        var priya = await host.ClientForAsync(PortalClients.Priya);
        var events = await (await priya.GetAsync("/api/v1/audit/events?action=cab.board-created&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        var audited = Assert.Single(events.GetProperty("items").EnumerateArray(), e => e.GetProperty("after").GetString()!.Contains($"\"{key}\""));
        Assert.Equal("Alex Morgan", audited.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task Administrator_EditsTheBoard_WithTheRevisionRead_AndAStaleRevisionIs409()
    {
        var alex = await host.ClientForAsync(PortalClients.Alex);
        var key = Unique.Key("cab");
        var created = await (await alex.PostAsJsonAsync(BoardsUrl, Board(key))).ExpectAsync(HttpStatusCode.Created);
        var edit = Board(key, members: [Yuki, Daniel], quorum: 1, rule: "Unanimity");
        edit["revision"] = created.GetProperty("revision").GetInt32();

        var updated = await (await alex.PutAsJsonAsync($"{BoardsUrl}/{key}", edit)).ExpectAsync(HttpStatusCode.OK);
        var stale = await alex.PutAsJsonAsync($"{BoardsUrl}/{key}", edit);

        Assert.Equal(new[] { Daniel, Yuki }.Order(), Emails(updated.GetProperty("members")).Order());
        Assert.Equal(("Unanimity", 2), (updated.GetProperty("decisionRule").GetString(), updated.GetProperty("revision").GetInt32()));
        await stale.ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Board_ByAnyoneButAnAdministrator_Is403_AndNothingIsWritten()
    {
        var key = Unique.Key("cab");

        foreach (var email in new[] { PortalClients.Priya, Yuki, PortalClients.Olivia })
        {
            var client = await host.ClientForAsync(email);
            await (await client.PostAsJsonAsync(BoardsUrl, Board(key))).ExpectProblemAsync(HttpStatusCode.Forbidden);
        }

        var alex = await host.ClientForAsync(PortalClients.Alex);
        await (await alex.GetAsync($"{BoardsUrl}/{key}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("chair")]
    [InlineData("quorum")]
    [InlineData("members")]
    [InlineData("scope")]
    [InlineData("modelKeys")]
    [InlineData("key")]
    public async Task ABoardThatCannotWork_IsRefusedNamingTheField_AndNothingIsWritten(string field)
    {
        var alex = await host.ClientForAsync(PortalClients.Alex);
        var key = Unique.Key("cab");
        var board = field switch
        {
            "chair" => Board(key, chair: PortalClients.Olivia), // not a member
            "quorum" => Board(key, quorum: 4),
            "members" => Board(key, members: [Yuki, "nobody@contoso.example"]),
            "scope" => Board(key, riskTiers: [], modelKeys: []),
            "modelKeys" => Board(key, modelKeys: ["no-such-model"]),
            _ => Board("Not A Key"),
        };
        var response = await alex.PostAsJsonAsync(BoardsUrl, board);

        await response.ExpectFieldErrorAsync(field);
        await (await alex.GetAsync($"{BoardsUrl}/{key}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private static JsonObject Board(string key, string chair = Yuki, string[]? members = null, int quorum = 2, string rule = "TwoThirds",
        string[]? riskTiers = null, string[]? modelKeys = null) => new()
    {
        ["key"] = key,
        ["name"] = $"Model risk board {key}",
        ["description"] = "Reviews major changes to high-risk models.",
        ["chair"] = chair,
        ["members"] = new JsonArray((members ?? [Yuki, Daniel, PortalClients.Marcus]).Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
        ["quorum"] = quorum,
        ["decisionRule"] = rule,
        ["riskTiers"] = new JsonArray((riskTiers ?? ["Critical", "High"]).Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
        ["modelKeys"] = new JsonArray((modelKeys ?? ["credit-default-pd"]).Select(k => (JsonNode)JsonValue.Create(k)!).ToArray()),
    };

    private static IEnumerable<string> Emails(JsonElement people) => people.EnumerateArray().Select(p => p.GetProperty("email").GetString()!);
}
