using CompliancePortal.Web.Components.Pages.Evaluation;
using CompliancePortal.Web.Tests.Builders;
using MudBlazor;

namespace CompliancePortal.Web.Tests.Evaluation;

public sealed class VersionEvaluationsPanelTests : EvaluationTestContext
{
    [Fact]
    public async Task WithoutEvaluations_ExplainsWhereResultsComeFromWithTheExactPostUrl()
    {
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPanelAsync();

        Assert.Contains("No evaluations yet", cut.ByTestId("empty-state").TextContent);
        Assert.Contains("portal's own evaluators", cut.ByTestId("empty-state").TextContent);
        Assert.Equal($"POST http://localhost/api/v1/models/{Model}/versions/{Version}/evaluations", cut.ByTestId("evaluations-post-url").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=evaluations-table]"));
    }

    [Fact]
    public async Task APostedEvaluation_IsShownAsPostedWithItsMetricsJudgedAgainstTheThresholds()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        var hash = await UploadVersionAsync(DemoPeople.Olivia);
        await PostEvaluationAsync(DemoPeople.Olivia, hash, DateTimeOffset.UtcNow.AddHours(-1), ("accuracy", 0.91), ("rocAuc", 0.7));
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPanelAsync();

        var row = cut.FindAll("[data-testid=evaluation-row]").Single().Children.Select(td => td.TextContent.Trim()).ToArray();
        Assert.StartsWith($"{GoldenSetName} v1 {hash[..8]}", row[1]);
        Assert.Equal("credit-eval-harness v1.4.2", row[2]);
        Assert.Equal("Posted by an external harness", row[3]);
        Assert.Equal("Posted", row[4]);
        Assert.Equal("Fail", row[6]);
        Assert.Equal(
            [
                ["accuracy", "0.91", "≥ 0.8", "higher is better", "Pass"],
                ["ROC AUC", "0.7", "≥ 0.75", "higher is better", "Fail"],
            ],
            cut.TableRows("[data-testid=evaluation-metrics]"));
    }

    [Fact]
    public async Task Evaluations_AreListedNewestFirstAndAnOlderOnesMetricsOpenOnRequest()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        var hash = await UploadVersionAsync(DemoPeople.Olivia);
        await PostEvaluationAsync(DemoPeople.Olivia, hash, DateTimeOffset.UtcNow.AddDays(-2), ("accuracy", 0.85), ("rocAuc", 0.80));
        await PostEvaluationAsync(DemoPeople.Olivia, hash, DateTimeOffset.UtcNow.AddHours(-1), ("accuracy", 0.70), ("rocAuc", 0.82));
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPanelAsync();

        await cut.FindAll("[data-testid=toggle-metrics]")[1].ClickAsync(new());

        Assert.Equal(["Fail", "Pass"], cut.FindAll("[data-testid=evaluation-result]").Select(c => c.TextContent.Trim()));
        Assert.Equal(2, cut.FindAll("[data-testid=evaluation-metrics]").Count);
    }

    [Fact]
    public async Task TheChart_HasOneSeriesPerMetricWithOnePointPerEvaluationOldestFirst()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        var hash = await UploadVersionAsync(DemoPeople.Olivia);
        await PostEvaluationAsync(DemoPeople.Olivia, hash, DateTimeOffset.UtcNow.AddDays(-2), ("accuracy", 0.85), ("rocAuc", 0.80));
        await PostEvaluationAsync(DemoPeople.Olivia, hash, DateTimeOffset.UtcNow.AddHours(-1), ("accuracy", 0.70), ("rocAuc", 0.82));
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPanelAsync();

        var chart = cut.FindComponent<MudChart<double>>().Instance;
        Assert.Equal(["accuracy", "ROC AUC"], chart.ChartSeries.Select(s => s.Name));
        Assert.Equal([0.85, 0.70], chart.ChartSeries[0].Data.Values);
        Assert.Equal([0.80, 0.82], chart.ChartSeries[1].Data.Values);
        Assert.Equal(2, chart.ChartLabels.Length);
        Assert.NotNull(cut.ByTestId("evaluation-chart").QuerySelector("svg"));
    }

    private async Task<IRenderedComponent<VersionEvaluationsPanel>> RenderPanelAsync()
    {
        var cut = Render<VersionEvaluationsPanel>(p => p.Add(c => c.ModelKey, Model).Add(c => c.Label, Version));
        await cut.WaitForElementAsync("[data-testid=evaluations-table], [data-testid=empty-state]");
        return cut;
    }
}
