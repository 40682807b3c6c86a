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
public sealed class RevalidationJourneyTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = DateTimeOffset.UtcNow;

    // Starts three years back and ticks a millisecond per reading, so events keep their order.
    private readonly FakeTimeProvider _clock = new(Today.AddYears(-3)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    private readonly string _key = $"overdue-{Guid.NewGuid():N}"[..20];
    private PortalFactory _portal = default!;
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _portal = new PortalFactory(PortalSettings.Sqlite() with
        {
            UseKestrel = true,
            RunJobs = false,
            Services = s => s.AddSingleton<TimeProvider>(_clock),
        });
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task Manager_SeesAnOverdueRevalidationInRed_AndOpensItsReview()
    {
        var root = _portal.RootUri; // starts the portal, seeding the demo data at the past clock
        await RegisterModelAsync();
        _clock.SetUtcNow(Today);
        await OpenDueReviewsAsync();

        await _page.SignInAsDemoPersonAsync(root, PortalClients.Grace);
        await _page.GotoAsync(new Uri(root, "/revalidation").ToString());
        await _page.WaitForInteractiveAsync();
        // The list view carries everything still overdue, however long ago it fell due.
        await _page.GetByTestId("view-list").ClickAsync();

        var item = _page.Locator($"[data-testid='calendar-item'][data-model='{_key}']");
        await Assertions.Expect(item).ToBeVisibleAsync();
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "Overdue");
        await Assertions.Expect(item).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-chip-color-error"));

        await item.ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/revalidation/reviews/[0-9a-f-]{36}$"));
        await Assertions.Expect(_page.GetByTestId("review-page")).ToBeVisibleAsync();
        await Assertions.Expect(_page.GetByTestId("review-page")).ToContainTextAsync(_key);
    }

    /// <summary>A high-risk model owned by Olivia, registered while the clock is still in the past.</summary>
    private async Task RegisterModelAsync()
    {
        using var olivia = await _portal.ClientForAsync(PortalClients.Olivia);
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
        using var alex = await _portal.ClientForAsync(PortalClients.Alex);
        var response = await alex.PostAsync("/api/v1/revalidation/run", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
