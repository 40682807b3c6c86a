using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Evaluation;

/// <summary>
/// A newcomer's first evaluation: the owner of the demo credit model presses Evaluate on its ONNX version, watches the
/// background job score the seeded golden set, and sees the result recorded with the version.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EvaluationJourneyTests(ChromiumFixture chromium) : BrowserJourney(chromium)
{
    protected override PortalSettings Settings => base.Settings with { RunJobs = true };

    [Fact]
    public async Task Owner_EvaluatesTheDemoOnnxModel_AndSeesThePassingResult()
    {
        var root = Portal.RootUri;
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Page.GotoAsync(new Uri(root, "/models/credit-default-pd/versions/2.1.0").ToString());
        await Page.WaitForInteractiveAsync();

        await Page.GetByTestId("evaluate").ClickAsync();
        await Page.ChooseAsync("Golden set", "holdout-2026q3");
        await Page.ChooseAsync("Evaluator", "ONNX artifact of this version");
        await Page.GetByTestId("start-evaluation").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("evaluation-succeeded")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var row = Page.GetByTestId("evaluation-row").First;
        await Assertions.Expect(row).ToContainTextAsync("holdout-2026q3 v1");
        await Assertions.Expect(row).ToContainTextAsync("portal-onnx");
        await Assertions.Expect(row).ToContainTextAsync("Manual");
        await Assertions.Expect(row.GetByTestId("evaluation-result")).ToHaveTextAsync("Pass");

        // The newest evaluation opens with its metrics shown.
        var detail = Page.GetByTestId("evaluation-detail");
        await Assertions.Expect(detail).ToContainTextAsync("ROC AUC");
        await Assertions.Expect(detail).ToContainTextAsync("0.9138");
        await Assertions.Expect(detail).ToContainTextAsync("Recorded by Olivia Owens");
    }
}
