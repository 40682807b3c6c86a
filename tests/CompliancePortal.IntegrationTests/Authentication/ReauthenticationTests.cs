using System.Net;
using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Authentication;

/// <summary>Signing needs a fresh authentication: in Entra ID mode, a challenge that makes the person sign in again.</summary>
public sealed class ReauthenticationTests(EntraIdPortal portal) : IClassFixture<EntraIdPortal>
{
    [Fact]
    public async Task Reauthenticate_InEntraIdMode_ChallengesWithPromptLoginAndAFiveMinuteMaxAge()
    {
        using var client = portal.ClientWith(accessToken: null);

        var response = await client.GetAsync("/account/reauthenticate?returnUrl=%2Fpromotions%2F0195a1b2-0000-7000-8000-000000000001");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(portal.Issuer.Instance, location);
        Assert.Contains("prompt=login", location);
        Assert.Contains("max_age=300", location);
    }
}
