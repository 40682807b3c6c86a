using System.Net;
using System.Net.Http.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Oidc;

namespace CompliancePortal.IntegrationTests.Authentication;

/// <summary>Production sign-in for the API: Entra ID access tokens, validated against the issuer's keys, audience and lifetime.</summary>
public sealed class EntraIdBearerTests(EntraIdPortal portal) : IClassFixture<EntraIdPortal>
{
    [Fact]
    public async Task Me_WithAnEntraAccessToken_ReturnsThePersonAndTheirAppRoles()
    {
        var person = NewPerson("ModelOwner", "CabMember");
        using var client = portal.ClientWith(portal.Issuer.CreateAccessToken(person, portal.Issuer.ClientId));

        var response = await client.GetAsync("/api/v1/me");

        var me = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(person.Name, me.GetProperty("name").GetString());
        Assert.Equal(person.PreferredUsername, me.GetProperty("email").GetString());
        var roles = me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("ModelOwner", roles);
        Assert.Contains("CabMember", roles);
        Assert.Equal("EntraIdBearer", me.GetProperty("method").GetString());
    }

    [Fact]
    public async Task CreateModel_WithAnEntraAccessToken_IsOwnedByThePersonTheTokenRegistered()
    {
        var person = NewPerson("ModelOwner");
        using var client = portal.ClientWith(portal.Issuer.CreateAccessToken(person, portal.Issuer.ClientId));
        var key = Unique.Key("entra");

        var response = await client.PostAsJsonAsync("/api/v1/models", Requests.Model(key, owner: person.PreferredUsername));

        var created = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(person.PreferredUsername, created.GetProperty("owner").GetProperty("email").GetString());
        Assert.Equal(person.Name, created.GetProperty("owner").GetProperty("name").GetString());
    }

    [Fact]
    public async Task CallingTheApi_WithAnExpiredEntraAccessToken_IsUnauthorized()
    {
        var token = portal.Issuer.CreateAccessToken(NewPerson("ModelOwner"), portal.Issuer.ClientId, lifetime: TimeSpan.FromHours(-1));
        using var client = portal.ClientWith(token);

        var response = await client.GetAsync("/api/v1/me");

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CallingTheApi_WithATokenFromAnotherTenant_IsUnauthorized_EvenWithAValidSignatureAndRoles()
    {
        var outsider = NewPerson("ComplianceOfficer") with { TenantId = "9b1c7e20-5d3a-4f6b-8c2e-7a4d1f0e9c3b" };
        using var client = portal.ClientWith(portal.Issuer.CreateAccessToken(outsider, portal.Issuer.ClientId));

        var response = await client.GetAsync("/api/v1/me");

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CallingTheApi_WithAnEntraAccessTokenForAnotherApi_IsUnauthorized()
    {
        var token = portal.Issuer.CreateAccessToken(NewPerson("ModelOwner"), "api://another-application");
        using var client = portal.ClientWith(token);

        var response = await client.GetAsync("/api/v1/me");

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CallingTheApi_WithoutAToken_IsUnauthorizedProblemNotASignInRedirect()
    {
        using var client = portal.ClientWith(null);

        var response = await client.GetAsync("/api/v1/models");

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task DevelopmentPeopleList_InEntraIdMode_IsNotFound()
    {
        using var client = portal.ClientWith(portal.Issuer.CreateAccessToken(NewPerson("Administrator"), portal.Issuer.ClientId));

        var response = await client.GetAsync("/dev/people");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DevelopmentTokenEndpoint_InEntraIdMode_IssuesNoToken(bool signedIn)
    {
        var accessToken = signedIn ? portal.Issuer.CreateAccessToken(NewPerson("Administrator"), portal.Issuer.ClientId) : null;
        using var client = portal.ClientWith(accessToken);

        var response = await client.PostAsync("/dev/tokens?as=olivia.owens@contoso.example", null);

        // Not mapped at all: 404, or 405 where the development static-file fallback route ({**path:file}, GET only)
        // claims the path, or 401 for an anonymous caller, since unmatched requests fall under the authenticated-user policy.
        Assert.False(response.IsSuccessStatusCode, $"POST /dev/tokens answered {(int)response.StatusCode} in EntraId mode.");
        Assert.DoesNotContain("cpt_", await response.Content.ReadAsStringAsync());
    }

    private static TestOidcUser NewPerson(params string[] roles)
    {
        var id = Guid.NewGuid();
        var suffix = id.ToString("N")[..8];
        return new TestOidcUser(id.ToString(), $"Entra Person {suffix}", $"entra.{suffix}@contoso.example", roles);
    }
}
