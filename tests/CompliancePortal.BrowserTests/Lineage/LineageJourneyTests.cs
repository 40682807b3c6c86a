using System.Text.Json;
using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Lineage;

/// <summary>Pipelines post OpenLineage; an auditor explores the graph, goes back in time, and traces a prediction to the raw data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LineageJourneyTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private readonly PortalFactory _portal = new(PortalSettings.Sqlite() with { UseKestrel = true });
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task Auditor_ExploresPostedLineage_GoesBackInTime_AndTracesAPrediction()
    {
        using var pipeline = await _portal.ClientForAsync(PortalClients.Olivia);
        var scenario = await LineageScenario.PostAsync(pipeline, "journey", T0);
        var root = _portal.RootUri;

        await _page.SignInAsDemoPersonAsync(root, PortalClients.Henrik);
        await _page.GetByTestId("nav").GetByText("Lineage explorer").ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new Uri(root, "/lineage/explorer").ToString());
        await _page.GetByTestId("search").FillAsync("loans_journey");
        await _page.GetByTestId("search-button").ClickAsync();
        await _page.GetByTestId("search-result").Filter(new LocatorFilterOptions { HasText = "Job" }).ClickAsync();
        var nodes = _page.GetByTestId("node");
        await Assertions.Expect(_page.Locator("[data-testid=node][data-label='loans_journey.extract_applications run']")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.GetByTestId("node-title")).ToHaveTextAsync("loans_journey.extract_applications");

        await _page.GetByTestId("depth").FillAsync("4");
        await _page.GetByTestId("depth").PressAsync("Tab");
        await Assertions.Expect(_page.Locator("[data-testid=node][data-kind=Run]")).ToHaveCountAsync(2);
        var before = await nodes.CountAsync();
        await _page.Locator("[data-testid=expand]").First.ClickAsync();
        await Assertions.Expect(nodes).Not.ToHaveCountAsync(before);
        await _page.Locator("[data-testid=node][data-kind=Run]").Filter(new LocatorFilterOptions { HasText = "loan_features" }).ClickAsync();
        await Assertions.Expect(_page.GetByTestId("node-details")).ToContainTextAsync("spark_properties");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("lineage-explorer.png") });

        await _page.GetByTestId("as-of").FillAsync("2026-11-20T02:20");
        await _page.GetByTestId("as-of").PressAsync("Tab");
        await Assertions.Expect(_page.GetByTestId("graph-summary")).ToContainTextAsync("as of 2026-11-20 02:20 UTC");
        await Assertions.Expect(_page.Locator("[data-testid=node][data-kind=Run]").Filter(new LocatorFilterOptions { HasText = "loan_features" }))
            .ToHaveAttributeAsync("data-state", "Running");
        await Assertions.Expect(_page.Locator("[data-testid=node]").Filter(new LocatorFilterOptions { HasText = "credit_pd.train run" })).ToHaveCountAsync(0);

        await _page.GetByTestId("trace-id").FillAsync(scenario.Predictions[0]);
        await _page.GetByTestId("trace-id").PressAsync("Tab");
        await _page.GetByTestId("trace-button").ClickAsync();
        await Assertions.Expect(_page.GetByTestId("trace-model")).ToHaveTextAsync($"{scenario.Model} 1.0.0");
        await Assertions.Expect(_page.Locator("[data-testid=trace-run][data-role=training]")).ToContainTextAsync("credit_pd.train");
        await Assertions.Expect(_page.GetByTestId("trace-source").Filter(new LocatorFilterOptions { HasText = "postgres://core-banking.internal:5432" }))
            .ToHaveCountAsync(1);
        await _page.GetByTestId("trace").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshot("lineage-trace.png") });

        var download = await _page.Context.APIRequest.GetAsync(await _page.GetByTestId("trace-download").GetAttributeAsync("href") is { } href
            ? new Uri(root, href).ToString() : throw new InvalidOperationException("No download link."));
        Assert.True(download.Ok, $"The trace download answered {download.Status}.");
        var json = JsonDocument.Parse(await download.TextAsync()).RootElement;
        Assert.Equal(scenario.Predictions[0], json.GetProperty("prediction").GetProperty("predictionId").GetString());
    }

    private static string Screenshot(string name) => Path.Combine(PageExtensions.RepositoryRoot(), "assets", "screenshots", name);
}
