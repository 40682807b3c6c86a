using System.Net;
using System.Net.Http.Headers;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Authentication;

/// <summary>The scripting helpers of the development sign-in: who the demo people are, and a token for one of them.</summary>
public sealed class DevelopmentEndpointsTests(SqlitePortalHost host) : IClassFixture<SqlitePortalHost>
{
    [Fact]
    public async Task ListPeople_ShowsEveryDemoPersonWithTheirRoles()
    {
        using var anonymous = host.AnonymousClient();

        var response = await anonymous.GetAsync("/dev/people");

        var people = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(10, people.GetArrayLength());
        var roles = people.EnumerateArray().ToDictionary(p => p.GetProperty("email").GetString()!,
            p => p.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(new[] { "ModelOwner" }, roles[PortalClients.Olivia]);
        Assert.Equal(new[] { "ModelOwner", "CabMember" }, roles[PortalClients.Marcus]);
        Assert.Equal(new[] { "ComplianceOfficer" }, roles[PortalClients.Priya]);
        Assert.Equal(new[] { "Manager" }, roles[PortalClients.Grace]);
        Assert.Equal(new[] { "Auditor" }, roles[PortalClients.Henrik]);
        Assert.Equal(new[] { "Administrator" }, roles[PortalClients.Alex]);
    }

    [Fact]
    public async Task CreateToken_ForADemoPerson_ReturnsATokenThatActsAsThem()
    {
        using var anonymous = host.AnonymousClient();
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await anonymous.PostAsync($"/dev/tokens?as={Uri.EscapeDataString("Henrik.Aalto@contoso.example")}", null);

        var issued = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(PortalClients.Henrik, issued.GetProperty("person").GetString());
        Assert.Equal(new[] { "api-token.created" }, await audit.ActionsAfterAsync(mark));
        using var henrik = host.AnonymousClient();
        henrik.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.GetProperty("token").GetString());
        var me = await (await henrik.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Henrik Aalto", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateToken_ForSomeoneWhoIsNotADemoPerson_IsRefusedAndWritesNothing()
    {
        using var anonymous = host.AnonymousClient();
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var response = await anonymous.PostAsync("/dev/tokens?as=unknown@contoso.example", null);

        var problem = await response.ExpectFieldErrorAsync("as");
        Assert.Contains("unknown@contoso.example", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await audit.CountAsync());
    }
}
