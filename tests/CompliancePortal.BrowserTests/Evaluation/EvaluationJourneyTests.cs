using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Evaluation;

/// <summary>
/// A newcomer's first evaluation: the owner of the demo credit model presses Evaluate on its ONNX version, watches the
/// background job score the seeded golden set, and sees the result recorded with the version.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EvaluationJourneyTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private PortalFactory _portal = default!;
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _portal = new PortalFactory(PortalSettings.Sqlite() with { UseKestrel = true, RunJobs = true });
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task Owner_EvaluatesTheDemoOnnxModel_AndSeesThePassingResult()
    {
        var root = _portal.RootUri;
        await _page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await _page.GotoAsync(new Uri(root, "/models/credit-default-pd/versions/2.1.0").ToString());
        await _page.WaitForInteractiveAsync();

        await _page.GetByTestId("evaluate").ClickAsync();
        await _page.ChooseAsync("Golden set", "holdout-2026q3");
        await _page.ChooseAsync("Evaluator", "ONNX artifact of this version");
        await _page.GetByTestId("start-evaluation").ClickAsync();

        await Assertions.Expect(_page.GetByTestId("evaluation-succeeded")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var row = _page.GetByTestId("evaluation-row").First;
        await Assertions.Expect(row).ToContainTextAsync("holdout-2026q3 v1");
        await Assertions.Expect(row).ToContainTextAsync("portal-onnx");
        await Assertions.Expect(row).ToContainTextAsync("Manual");
        await Assertions.Expect(row.GetByTestId("evaluation-result")).ToHaveTextAsync("Pass");

        // The newest evaluation opens with its metrics shown.
        var detail = _page.GetByTestId("evaluation-detail");
        await Assertions.Expect(detail).ToContainTextAsync("ROC AUC");
        await Assertions.Expect(detail).ToContainTextAsync("0.9138");
        await Assertions.Expect(detail).ToContainTextAsync("Recorded by Olivia Owens");
    }
}
