using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.ApiTokens;

/// <summary>Personal API tokens for scripts and pipelines, and how the API answers callers without a valid one.</summary>
public abstract class ApiTokensTests(PortalHost host)
{
    [Fact]
    public async Task CreateToken_WithAnApiToken_IsRefusedSoALeakedTokenCannotMintSuccessors()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var response = await olivia.PostAsJsonAsync("/api/v1/tokens", new JsonObject { ["name"] = "Successor", ["lifetimeDays"] = 365 });

        var problem = await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("cannot create API tokens", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await audit.CountAsync());
    }

    [Fact]
    public async Task IssuedToken_ActsAsItsPersonWithTheirRoles_AndItsCreationIsAudited()
    {
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var secret = await host.Factory.TokenForAsync(PortalClients.Olivia);

        Assert.StartsWith("cpt_", secret);
        Assert.Equal(new[] { "api-token.created" }, await audit.ActionsAfterAsync(mark));
        using var pipeline = ClientWith(secret);
        var me = await (await pipeline.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Olivia Owens", me.GetProperty("name").GetString());
        Assert.Equal(PortalClients.Olivia, me.GetProperty("email").GetString());
        Assert.Equal(new[] { "ModelOwner" }, Strings(me.GetProperty("roles")));
        Assert.Equal("ApiToken", me.GetProperty("method").GetString());
    }

    [Fact]
    public async Task RevokeToken_ByItsPerson_MakesEveryFurtherCallUnauthorized()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var audit = await host.AuditTrailAsync();
        var (id, secret) = await IssueTokenAsync(olivia, PortalClients.Olivia);
        using var script = ClientWith(secret);
        await (await script.GetAsync("/api/v1/models")).ExpectAsync(HttpStatusCode.OK);
        var mark = await audit.LastSequenceAsync();

        var response = await olivia.DeleteAsync($"/api/v1/tokens/{id}");

        await response.ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal(new[] { "api-token.revoked" }, await audit.ActionsAfterAsync(mark));
        await (await script.GetAsync("/api/v1/models")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await script.PostAsJsonAsync("/api/v1/models", Requests.Model(Unique.Key("after-revoke")))).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        var tokens = await (await olivia.GetAsync("/api/v1/tokens")).ExpectAsync(HttpStatusCode.OK);
        var listed = Assert.Single(tokens.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.False(listed.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task RevokeToken_OfSomeoneElse_IsForbiddenAndTheTokenKeepsWorking()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var marcus = await host.ClientForAsync(PortalClients.Marcus);
        var (id, secret) = await IssueTokenAsync(olivia, PortalClients.Olivia);

        var response = await marcus.DeleteAsync($"/api/v1/tokens/{id}");

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var pipeline = ClientWith(secret);
        await (await pipeline.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(PortalClients.Priya, "ComplianceOfficer")]
    [InlineData(PortalClients.Henrik, "Auditor")]
    [InlineData(PortalClients.Alex, "Administrator")]
    public async Task Me_ReturnsTheCallersRoles(string email, string role)
    {
        var client = await host.ClientForAsync(email);

        var response = await client.GetAsync("/api/v1/me");

        var me = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(new[] { role }, Strings(me.GetProperty("roles")));
    }

    [Fact]
    public async Task CallingTheApi_WithAnUnknownPortalToken_IsUnauthorizedProblem()
    {
        using var client = ClientWith("cpt_x");

        var response = await client.GetAsync("/api/v1/models");

        var problem = await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("not a valid portal API token", problem.GetProperty("detail").GetString());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task CallingTheApi_WithoutCredentials_IsUnauthorizedProblemNotASignInRedirect()
    {
        using var client = host.AnonymousClient();

        var response = await client.GetAsync("/api/v1/models");

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    private HttpClient ClientWith(string secret)
    {
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A fresh token for the person, and its id as their token list shows it (matched by the visible prefix).</summary>
    private async Task<(Guid Id, string Secret)> IssueTokenAsync(HttpClient owner, string email)
    {
        var secret = await host.Factory.TokenForAsync(email);
        var tokens = await (await owner.GetAsync("/api/v1/tokens")).ExpectAsync(HttpStatusCode.OK);
        var listed = Assert.Single(tokens.EnumerateArray(), t => secret.StartsWith(t.GetProperty("prefix").GetString()!, StringComparison.Ordinal));
        return (listed.GetProperty("id").GetGuid(), secret);
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
