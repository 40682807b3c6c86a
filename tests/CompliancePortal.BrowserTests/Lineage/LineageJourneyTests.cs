using System.Text.Json;
using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Lineage;

/// <summary>Pipelines post OpenLineage; an auditor explores the graph, goes back in time, and traces a prediction to the raw data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LineageJourneyTests(ChromiumFixture chromium) : BrowserJourney(chromium)
{
    protected override BrowserNewContextOptions ContextOptions => new() { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } };

    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Auditor_ExploresPostedLineage_GoesBackInTime_AndTracesAPrediction()
    {
        using var pipeline = await Portal.ClientForAsync(PortalClients.Olivia);
        var scenario = await LineageScenario.PostAsync(pipeline, "journey", T0);
        var root = Portal.RootUri;

        await Page.SignInAsDemoPersonAsync(root, PortalClients.Henrik);
        await Page.GetByTestId("nav").GetByText("Lineage explorer").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(root, "/lineage/explorer").ToString());
        await Page.GetByTestId("search").FillAsync("loans_journey");
        await Page.GetByTestId("search-button").ClickAsync();
        await Page.GetByTestId("search-result").Filter(new LocatorFilterOptions { HasText = "Job" }).ClickAsync();
        var nodes = Page.GetByTestId("node");
        await Assertions.Expect(Page.Locator("[data-testid=node][data-label='loans_journey.extract_applications run']")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.GetByTestId("node-title")).ToHaveTextAsync("loans_journey.extract_applications");

        await Page.GetByTestId("depth").FillAsync("4");
        await Page.GetByTestId("depth").PressAsync("Tab");
        await Assertions.Expect(Page.Locator("[data-testid=node][data-kind=Run]")).ToHaveCountAsync(2);
        var before = await nodes.CountAsync();
        await Page.Locator("[data-testid=expand]").First.ClickAsync();
        await Assertions.Expect(nodes).Not.ToHaveCountAsync(before);
        await Page.Locator("[data-testid=node][data-kind=Run]").Filter(new LocatorFilterOptions { HasText = "loan_features" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("node-details")).ToContainTextAsync("spark_properties");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("lineage-explorer.png") });

        await Page.GetByTestId("as-of").FillAsync("2026-11-20T02:20");
        await Page.GetByTestId("as-of").PressAsync("Tab");
        await Assertions.Expect(Page.GetByTestId("graph-summary")).ToContainTextAsync("as of 2026-11-20 02:20 UTC");
        await Assertions.Expect(Page.Locator("[data-testid=node][data-kind=Run]").Filter(new LocatorFilterOptions { HasText = "loan_features" }))
            .ToHaveAttributeAsync("data-state", "Running");
        await Assertions.Expect(Page.Locator("[data-testid=node]").Filter(new LocatorFilterOptions { HasText = "credit_pd.train run" })).ToHaveCountAsync(0);

        await Page.GetByTestId("trace-id").FillAsync(scenario.Predictions[0]);
        await Page.GetByTestId("trace-id").PressAsync("Tab");
        await Page.GetByTestId("trace-button").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("trace-model")).ToHaveTextAsync($"{scenario.Model} 1.0.0");
        await Assertions.Expect(Page.Locator("[data-testid=trace-run][data-role=training]")).ToContainTextAsync("credit_pd.train");
        await Assertions.Expect(Page.GetByTestId("trace-source").Filter(new LocatorFilterOptions { HasText = "postgres://core-banking.internal:5432" }))
            .ToHaveCountAsync(1);
        await Page.GetByTestId("trace").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshot("lineage-trace.png") });

        var download = await Page.Context.APIRequest.GetAsync(await Page.GetByTestId("trace-download").GetAttributeAsync("href") is { } href
            ? new Uri(root, href).ToString() : throw new InvalidOperationException("No download link."));
        Assert.True(download.Ok, $"The trace download answered {download.Status}.");
        var json = JsonDocument.Parse(await download.TextAsync()).RootElement;
        Assert.Equal(scenario.Predictions[0], json.GetProperty("prediction").GetProperty("predictionId").GetString());
    }

    private static string Screenshot(string name) => Screenshots.PathFor(name);
}
