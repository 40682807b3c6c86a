using CompliancePortal.Web.Components.Pages.Lineage;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Tests.Lineage;

public sealed class LineageExplorerTests : LineageTestContext
{
    [Fact]
    public async Task SearchingAndPickingAResult_DrawsItsNeighbourhoodAndShowsItsDetails()
    {
        await PostPipelineAsync();
        await SignInAsync(DemoPeople.Henrik);
        var cut = Render<LineageExplorer>();

        await cut.ByTestId("search").InputAsync(new ChangeEventArgs { Value = "loans.extract" });
        await cut.ClickAsync("search-button");
        await cut.FindAll("[data-testid=search-result]").Single(r => r.TextContent.Contains("Job")).ClickAsync(new());

        var nodes = cut.FindAll("[data-testid=node]");
        Assert.Contains(nodes, n => n.GetAttribute("data-kind") == "Run" && n.GetAttribute("data-state") == "Complete");
        Assert.Contains(nodes, n => n.GetAttribute("data-kind") == "DatasetVersion");
        Assert.Equal("loans.extract_applications", cut.ByTestId("node-title").TextContent);
    }

    [Fact]
    public async Task RaisingTheDepth_DrawsMoreOfTheGraph()
    {
        await PostPipelineAsync();
        await SignInAsync(DemoPeople.Henrik);
        var cut = Render<LineageExplorer>();
        await cut.ByTestId("search").InputAsync(new ChangeEventArgs { Value = "loans.extract" });
        await cut.ClickAsync("search-button");
        await cut.FindAll("[data-testid=search-result]").Single(r => r.TextContent.Contains("Job")).ClickAsync(new());
        var runsAtTwo = Runs(cut);

        await cut.FillAsync("depth", "4");

        Assert.Equal(1, runsAtTwo);
        Assert.Equal(2, Runs(cut));
    }

    [Fact]
    public async Task ExpandingANodeAtTheEdge_AddsItsNeighbours()
    {
        await PostPipelineAsync();
        await SignInAsync(DemoPeople.Henrik);
        var cut = Render<LineageExplorer>();
        await cut.ByTestId("search").InputAsync(new ChangeEventArgs { Value = "loans.extract" });
        await cut.ClickAsync("search-button");
        await cut.FindAll("[data-testid=search-result]").Single(r => r.TextContent.Contains("Job")).ClickAsync(new());
        await cut.FillAsync("depth", "1");
        var before = cut.FindAll("[data-testid=node]").Count;

        await cut.FindAll("[data-testid=expand]").First().ClickAsync(new());

        Assert.True(cut.FindAll("[data-testid=node]").Count > before);
    }

    [Fact]
    public async Task APastMoment_ShowsTheRunStillRunning()
    {
        await PostPipelineAsync();
        await SignInAsync(DemoPeople.Henrik);
        var cut = Render<LineageExplorer>();
        await cut.ByTestId("search").InputAsync(new ChangeEventArgs { Value = "loans.extract" });
        await cut.ClickAsync("search-button");
        await cut.FindAll("[data-testid=search-result]").Single(r => r.TextContent.Contains("Job")).ClickAsync(new());

        await cut.FillAsync("as-of", "2026-11-20T02:05");

        var run = Assert.Single(cut.FindAll("[data-testid=node]"), n => n.GetAttribute("data-kind") == "Run");
        Assert.Equal("Running", run.GetAttribute("data-state"));
        Assert.Contains("as of 2026-11-20 02:05 UTC", cut.ByTestId("graph-summary").TextContent);
    }

    [Fact]
    public async Task TracingAPrediction_ShowsThePathBackWithHashesAndTheGaps()
    {
        await LogPredictionAsync("pred-42");
        await SignInAsync(DemoPeople.Henrik);
        var cut = Render<LineageExplorer>();

        await cut.FillAsync("trace-id", "pred-42");
        await cut.ClickAsync("trace-button");

        Assert.Equal($"{Model} {Version}", cut.ByTestId("trace-model").TextContent.Trim());
        Assert.NotEmpty(cut.FindAll("[data-testid=trace-dataset]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=trace-source]"));
        Assert.Contains(cut.FindAll("[data-testid=gap]"), g => g.TextContent.Contains("No training run"));
        Assert.Equal("/api/v1/predictions/pred-42/trace?download=true", cut.ByTestId("trace-download").GetAttribute("href"));
    }

    [Fact]
    public async Task AnUnknownPrediction_SaysSo()
    {
        await SignInAsync(DemoPeople.Henrik);
        var cut = Render<LineageExplorer>();

        await cut.FillAsync("trace-id", "no-such-prediction");
        await cut.ClickAsync("trace-button");

        Assert.Contains("No prediction with the id 'no-such-prediction'", cut.ByTestId("error-state").TextContent);
    }

    private static int Runs(Bunit.IRenderedComponent<LineageExplorer> cut) =>
        cut.FindAll("[data-testid=node]").Count(n => n.GetAttribute("data-kind") == "Run");
}
