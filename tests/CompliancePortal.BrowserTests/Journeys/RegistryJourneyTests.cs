using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Journeys;

/// <summary>The main path in a real browser: sign in, register a model and a version, and find both in the audit log.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryJourneyTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(PortalSettings.Sqlite() with { UseKestrel = true });
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task ModelOwner_RegistersAModelAndVersion_AndTheComplianceOfficerFindsBothInTheAuditLog()
    {
        var root = _portal.RootUri;

        await _page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Assertions.Expect(_page.GetByTestId("signed-in-person")).ToContainTextAsync("Olivia Owens");
        await Assertions.Expect(_page.GetByTestId("my-models")).ToContainTextAsync("Retail credit probability of default");

        await _page.GotoAsync(new Uri(root, "/models/new").ToString());
        await _page.WaitForInteractiveAsync();
        await _page.FillFieldAsync("Key", "mortgage-ltv-check");
        await _page.FillFieldAsync("Name", "Mortgage loan-to-value check");
        await _page.FillFieldAsync("Purpose", "Flags mortgage applications whose loan-to-value ratio is inconsistent with the valuation.");
        await _page.FillFieldAsync("Business use", "Underwriters review flagged applications before an offer is made.");
        await _page.ChooseAsync("Risk tier", "High");
        await _page.GetByTestId("save-model").ClickAsync();
        await Assertions.Expect(_page.GetByTestId("model-name")).ToHaveTextAsync("Mortgage loan-to-value check");
        await Assertions.Expect(_page.GetByTestId("model-cadence")).ToContainTextAsync("every 3 months");

        await _page.GetByTestId("register-version").ClickAsync();
        await _page.WaitForInteractiveAsync();
        await _page.FillFieldAsync("Version label", "1.0.0");
        await _page.ChooseAsync("Change class", "Major");
        await _page.FillFieldAsync("Artifact URI", "s3://contoso-models/mortgage-ltv-check/1.0.0/model.onnx");
        await _page.FillFieldAsync("Artifact SHA-256", new string('a', 64));
        await _page.FillFieldAsync("Environment lock SHA-256", new string('c', 64));
        await _page.FillFieldAsync("Code repository", "https://git.contoso.example/mrm/mortgage-ltv-check.git");
        await _page.FillFieldAsync("Code commit (full id)", new string('b', 40));
        await _page.ChooseAsync("Trained on dataset versions", "card-authorisations@2026-10-31");
        await _page.CloseListsAsync();
        await _page.GetByTestId("save-version").ClickAsync();
        await Assertions.Expect(_page.GetByTestId("version-title")).ToHaveTextAsync("Mortgage loan-to-value check 1.0.0");
        await Assertions.Expect(_page.GetByTestId("version-datasets")).ToContainTextAsync("card-authorisations@2026-10-31");
        await _page.GotoAsync(new Uri(root, "/models").ToString());
        await _page.WaitForInteractiveAsync();
        await Assertions.Expect(_page.GetByTestId("models-table")).ToContainTextAsync("mortgage-ltv-check");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PageExtensions.RepositoryRoot(), "assets", "screenshots", "model-registry.png") });

        await _page.SignOutAsync();
        await _page.SignInAsDemoPersonAsync(root, PortalClients.Priya);
        await _page.GotoAsync(new Uri(root, "/audit").ToString());
        await _page.WaitForInteractiveAsync();
        var log = _page.GetByTestId("audit-table");
        await Assertions.Expect(log).ToContainTextAsync("model-version.registered");
        await Assertions.Expect(log).ToContainTextAsync("model.created");
        await Assertions.Expect(log).ToContainTextAsync("mortgage-ltv-check");
        await _page.GetByTestId("verify-chain").ClickAsync();
        await Assertions.Expect(_page.GetByTestId("verify-result")).ToContainTextAsync("The chain is intact");
    }

    [Fact]
    public async Task ModelOwner_SavingAVersionWithBadPins_SeesWhatIsWrongBesideEachField()
    {
        var root = _portal.RootUri;
        await _page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await _page.GotoAsync(new Uri(root, "/models/credit-default-pd/versions/new").ToString());
        await _page.WaitForInteractiveAsync();

        await _page.FillFieldAsync("Version label", "9.9.9");
        await _page.FillFieldAsync("Artifact SHA-256", "not-a-hash");
        await _page.FillFieldAsync("Code commit (full id)", "abc1234");
        await _page.GetByTestId("save-version").ClickAsync();

        await Assertions.Expect(_page.GetByTestId("form-error")).ToContainTextAsync("Nothing was saved");
        await Assertions.Expect(_page.GetByText("The artifact SHA-256 must be 64 hexadecimal digits.")).ToBeVisibleAsync();
        await Assertions.Expect(_page.GetByText("not an abbreviation or a branch name", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await _page.GotoAsync(new Uri(root, "/models/credit-default-pd").ToString());
        await _page.WaitForInteractiveAsync();
        await Assertions.Expect(_page.GetByTestId("versions-table")).Not.ToContainTextAsync("9.9.9");
    }
}
