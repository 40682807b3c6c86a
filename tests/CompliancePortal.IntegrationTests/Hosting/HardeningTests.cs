using System.Net;
using System.Net.Http.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Hosting;

/// <summary>Hostile or odd input at the edges: redirects, relayed requests, extreme paging, time zones.</summary>
public abstract class HardeningTests(PortalHost host)
{
    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task SignIn_WithAnOffSiteReturnUrl_ReturnsHomeInstead(string returnUrl)
    {
        using var browser = host.AnonymousClient();

        var response = await browser.GetAsync($"/account/signin?returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/dev-signin?returnUrl=%2F", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    public async Task DevelopmentTokens_ThroughAReverseProxy_AreNotIssued(string header, string value)
    {
        using var relayed = host.AnonymousClient();
        relayed.DefaultRequestHeaders.Add(header, value);

        var response = await relayed.PostAsync($"/dev/tokens?as={PortalClients.Alex}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DevelopmentTokens_ForAnotherHostName_AreNotIssued()
    {
        using var rebound = host.AnonymousClient();
        rebound.DefaultRequestHeaders.Host = "attacker.example";

        var response = await rebound.PostAsync($"/dev/tokens?as={PortalClients.Alex}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListingModels_AtAnAbsurdPage_AnswersAnEmptyPage()
    {
        var grace = await host.ClientForAsync(PortalClients.Grace);

        var page = await (await grace.GetAsync("/api/v1/models?page=2147483647&pageSize=200")).ExpectAsync(HttpStatusCode.OK);

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task CapturingADatasetVersion_WithAUtcOffset_StoresTheSameInstantInUtc()
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        var source = Unique.Key("tz");
        await (await olivia.PostAsJsonAsync("/api/v1/source-systems", Requests.SourceSystem(source))).ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsJsonAsync("/api/v1/datasets", Requests.Dataset(source, source))).ExpectAsync(HttpStatusCode.Created);
        var request = Requests.DatasetVersion("2026-10-01");
        request["capturedAt"] = "2026-10-01T02:00:00+02:00";

        var captured = await (await olivia.PostAsJsonAsync($"/api/v1/datasets/{source}/versions", request)).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), captured.GetProperty("capturedAt").GetDateTimeOffset());
    }
}
