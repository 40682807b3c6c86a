using System.Net;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Jobs;

/// <summary>The Hangfire dashboard can enqueue and delete jobs, so only administrators may open it.</summary>
public sealed class JobsDashboardTests(SqlitePortalHost host) : IClassFixture<SqlitePortalHost>
{
    [Fact]
    public async Task JobsDashboard_ForAnAdministrator_ShowsTheRecurringAuditVerification()
    {
        var alex = await host.ClientForAsync(PortalClients.Alex);

        var response = await alex.GetAsync("/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("audit-chain-verification", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(PortalClients.Olivia)]
    [InlineData(PortalClients.Priya)]
    [InlineData(PortalClients.Henrik)]
    public async Task JobsDashboard_ForAnyoneElse_IsForbidden(string email)
    {
        var client = await host.ClientForAsync(email);

        var response = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task JobsDashboard_WhenNotSignedIn_RedirectsToSignIn()
    {
        using var anonymous = host.AnonymousClient();

        var response = await anonymous.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/signin", response.Headers.Location?.OriginalString);
    }
}
