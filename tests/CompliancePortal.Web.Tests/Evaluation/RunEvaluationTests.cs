using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Components.Pages.Evaluation;
using CompliancePortal.Web.Evaluation;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CompliancePortal.Web.Tests.Evaluation;

public sealed class RunEvaluationTests : EvaluationTestContext
{
    private static readonly TimeSpan Polling = TimeSpan.FromSeconds(10);

    public RunEvaluationTests() =>
        Services.AddSingleton<IEvaluationJobs>(sp => new FakeEvaluationJobs(sp.GetRequiredService<EvaluationRunner>(), "scoring.internal.example"));

    private FakeEvaluationJobs Jobs => (FakeEvaluationJobs)Get<IEvaluationJobs>();

    [Fact]
    public async Task AnAuditor_IsNotOfferedEvaluate_TheOwnerIs()
    {
        await SignInAsync(DemoPeople.Henrik);
        var (auditorView, _) = await RenderPanelAsync(withPopovers: false);
        Assert.Empty(auditorView.FindAll("[data-testid=evaluate]"));

        await SignInAsync(DemoPeople.Olivia);
        var (ownerView, _) = await RenderPanelAsync(withPopovers: false);
        Assert.Single(ownerView.FindAll("[data-testid=evaluate]"));
    }

    [Fact]
    public async Task AnEndpointOnAHostNotAllowed_IsRefusedBesideTheFieldAndNothingIsEnqueued()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await UploadVersionAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var (cut, popovers) = await RenderPanelAsync();
        await OpenFormAsync(cut);

        await ChooseAsync(cut, popovers, "field-evaluator-kind", "MLflow scoring endpoint");
        await cut.FillAsync("field-endpoint", "http://10.0.0.5:5001");
        await cut.FillAsync("field-evaluator-name", "credit-scorer");
        await cut.FillAsync("field-evaluator-version", "7");
        await cut.ClickAsync("start-evaluation");

        cut.WaitForAssertion(() => Assert.Contains("may not call scoring endpoints on '10.0.0.5'", cut.ErrorBeside("field-endpoint")));
        Assert.Contains("correct the highlighted fields", cut.ByTestId("form-error").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=evaluation-progress]"));
        Assert.Empty(Jobs.Enqueued);
    }

    [Fact]
    public async Task AJobGoingFromProcessingToSucceeded_ShowsItsProgressThenTheNewEvaluation()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        var hash = await UploadVersionAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var (cut, _) = await RenderPanelAsync();
        await OpenFormAsync(cut);
        Jobs.Current = new(FakeEvaluationJobs.JobId, "processing", 2, null, null);

        await cut.ClickAsync("start-evaluation");

        var args = Assert.Single(Jobs.Enqueued);
        Assert.Equal((Model, Version, GoldenSetName, EvaluatorKinds.Onnx), (args.ModelKey, args.Version, args.GoldenSet, args.EvaluatorKind));
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("processing", cut.ByTestId("evaluation-state").TextContent.Trim());
            Assert.Equal("2", cut.ByTestId("evaluation-rows").TextContent.Trim());
        }, Polling);
        Assert.Empty(cut.FindAll("[data-testid=evaluation-row]"));

        // The job records the evaluation, then reports success.
        await PostEvaluationAsync(DemoPeople.Olivia, hash, DateTimeOffset.UtcNow, ("accuracy", 0.9), ("rocAuc", 0.8));
        var id = (await Get<EvaluationQueries>().EvaluationsAsync(Model, Version)).Single().Id;
        Jobs.Current = new(FakeEvaluationJobs.JobId, "succeeded", 3, id, null);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=evaluation-row]")), Polling);
        Assert.Contains("results were recorded", cut.ByTestId("evaluation-succeeded").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=evaluation-progress]"));
        var polls = Jobs.StatusRequests;
        await Task.Delay(RunEvaluationForm.PollInterval * 2);
        Assert.Equal(polls, Jobs.StatusRequests);
    }

    [Fact]
    public async Task ChoosingPromotionEvidence_EnqueuesTheRunWithThatTrigger()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await UploadVersionAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var (cut, popovers) = await RenderPanelAsync();
        await OpenFormAsync(cut);
        Jobs.Current = new(FakeEvaluationJobs.JobId, "processing", 0, null, null);

        await ChooseAsync(cut, popovers, "field-trigger", "Evidence for a promotion");
        await cut.ClickAsync("start-evaluation");

        Assert.Equal(EvaluationTrigger.Promotion, Assert.Single(Jobs.Enqueued).Trigger);
    }

    [Fact]
    public async Task AFailedJob_ShowsItsErrorAndStopsPolling()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await UploadVersionAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var (cut, _) = await RenderPanelAsync();
        await OpenFormAsync(cut);
        Jobs.Current = new(FakeEvaluationJobs.JobId, "failed", 1, null, "The version has no ONNX artifact to run.");

        await cut.ClickAsync("start-evaluation");

        cut.WaitForAssertion(() => Assert.Equal("The version has no ONNX artifact to run.", cut.ByTestId("evaluation-failed").TextContent.Trim()), Polling);
        Assert.Equal("failed", cut.ByTestId("evaluation-state").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=evaluation-succeeded]"));
        var polls = Jobs.StatusRequests;
        await Task.Delay(RunEvaluationForm.PollInterval * 2);
        Assert.Equal(polls, Jobs.StatusRequests);
    }

    private async Task<(IRenderedComponent<VersionEvaluationsPanel> Panel, IRenderedComponent<MudPopoverProvider> Popovers)> RenderPanelAsync(
        bool withPopovers = true)
    {
        var popovers = withPopovers ? RenderPopoverProvider() : null!;
        var cut = Render<VersionEvaluationsPanel>(p => p.Add(c => c.ModelKey, Model).Add(c => c.Label, Version));
        await cut.WaitForElementAsync("[data-testid=evaluations-table], [data-testid=empty-state]");
        return (cut, popovers);
    }

    private static async Task OpenFormAsync(IRenderedComponent<VersionEvaluationsPanel> cut)
    {
        await cut.ClickAsync("evaluate");
        await cut.WaitForElementAsync("[data-testid=evaluate-form] [data-testid=start-evaluation]");
    }

    private static async Task ChooseAsync(IRenderedComponent<VersionEvaluationsPanel> cut, IRenderedComponent<MudPopoverProvider> popovers,
        string field, string optionText)
    {
        await cut.Field(field).MouseDownAsync(new MouseEventArgs());
        var option = popovers.WaitForElements(".mud-popover-open [role=option]")
            .Single(o => o.TextContent.Contains(optionText, StringComparison.Ordinal));
        await option.ClickAsync(new MouseEventArgs());
    }
}
