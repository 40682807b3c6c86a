using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Revalidation;

/// <summary>
/// A manager finds an overdue revalidation on the calendar, shown in red, and opens its review. The portal's clock
/// starts years in the past, so the model registered then has long fallen due once the clock is moved to today.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RevalidationJourneyTests(ChromiumFixture chromium) : BrowserJourney(chromium)
{
    private static readonly DateTimeOffset Today = DateTimeOffset.UtcNow;

    // Starts three years back and ticks a millisecond per reading, so events keep their order.
    private readonly FakeTimeProvider _clock = new(Today.AddYears(-3)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    private readonly string _key = $"overdue-{Guid.NewGuid():N}"[..20];

    protected override PortalSettings Settings => base.Settings with
    {
        RunJobs = false,
        Services = s => s.AddSingleton<TimeProvider>(_clock),
    };

    [Fact]
    public async Task Manager_SeesAnOverdueRevalidationInRed_AndOpensItsReview()
    {
        var root = Portal.RootUri; // starts the portal, seeding the demo data at the past clock
        await RegisterModelAsync();
        _clock.SetUtcNow(Today);
        await OpenDueReviewsAsync();

        await Page.SignInAsDemoPersonAsync(root, PortalClients.Grace);
        await Page.GotoAsync(new Uri(root, "/revalidation").ToString());
        await Page.WaitForInteractiveAsync();
        // The list view carries everything still overdue, however long ago it fell due.
        await Page.GetByTestId("view-list").ClickAsync();

        var item = Page.Locator($"[data-testid='calendar-item'][data-model='{_key}']");
        await Assertions.Expect(item).ToBeVisibleAsync();
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "Overdue");
        await Assertions.Expect(item).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-chip-color-error"));

        await item.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/revalidation/reviews/[0-9a-f-]{36}$"));
        await Assertions.Expect(Page.GetByTestId("review-page")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByTestId("review-page")).ToContainTextAsync(_key);
    }

    /// <summary>A high-risk model owned by Olivia, registered while the clock is still in the past.</summary>
    private async Task RegisterModelAsync()
    {
        using var olivia = await Portal.ClientForAsync(PortalClients.Olivia);
        var response = await olivia.PostAsJsonAsync("/api/v1/models", new JsonObject
        {
            ["key"] = _key,
            ["name"] = $"Browser journey model {_key}",
            ["purpose"] = "Scores applications in a browser test.",
            ["businessUse"] = "Nothing real: it exists to fall overdue.",
            ["riskTier"] = "High",
            ["owner"] = PortalClients.Olivia,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Runs the revalidation job now as an administrator; API tokens expire by the clock, so Alex's is minted after moving it.</summary>
    private async Task OpenDueReviewsAsync()
    {
        using var alex = await Portal.ClientForAsync(PortalClients.Alex);
        var response = await alex.PostAsync("/api/v1/revalidation/run", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
