using System.Net;
using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Authentication;

/// <summary>The development sign-in has no password to ask again: its signature dialog asks for the e-mail instead.</summary>
public sealed class DevelopmentReauthenticationTests(SqlitePortalHost host) : IClassFixture<SqlitePortalHost>
{
    [Theory]
    [InlineData("%2Fpromotions%2Fabc", "/promotions/abc")]
    [InlineData("https%3A%2F%2Fevil.example%2F", "/")]
    public async Task Reauthenticate_InDevelopmentMode_GoesBackToTheLocalPageOnly(string returnUrl, string expected)
    {
        using var client = host.AnonymousClient();

        var response = await client.GetAsync($"/account/reauthenticate?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.ToString());
    }
}
