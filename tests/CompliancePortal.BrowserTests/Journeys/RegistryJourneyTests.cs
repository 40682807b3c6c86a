using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Testing.Portal;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Journeys;

/// <summary>The main path in a real browser: sign in, register a model and a version, and find both in the audit log.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryJourneyTests(ChromiumFixture chromium) : BrowserJourney(chromium)
{

    [Fact]
    public async Task ModelOwner_RegistersAModelAndVersion_AndTheComplianceOfficerFindsBothInTheAuditLog()
    {
        var root = Portal.RootUri;

        await Page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Assertions.Expect(Page.GetByTestId("signed-in-person")).ToContainTextAsync("Olivia Owens");
        await Assertions.Expect(Page.GetByTestId("my-models")).ToContainTextAsync("Retail credit probability of default");

        await Page.GotoAsync(new Uri(root, "/models/new").ToString());
        await Page.WaitForInteractiveAsync();
        await Page.FillFieldAsync("Key", "mortgage-ltv-check");
        await Page.FillFieldAsync("Name", "Mortgage loan-to-value check");
        await Page.FillFieldAsync("Purpose", "Flags mortgage applications whose loan-to-value ratio is inconsistent with the valuation.");
        await Page.FillFieldAsync("Business use", "Underwriters review flagged applications before an offer is made.");
        await Page.ChooseAsync("Risk tier", "High");
        await Page.GetByTestId("save-model").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("model-name")).ToHaveTextAsync("Mortgage loan-to-value check");
        await Assertions.Expect(Page.GetByTestId("model-cadence")).ToContainTextAsync("every 3 months");

        await Page.GetByTestId("register-version").ClickAsync();
        await Page.WaitForInteractiveAsync();
        await Page.FillFieldAsync("Version label", "1.0.0");
        await Page.ChooseAsync("Change class", "Major");
        await Page.FillFieldAsync("Artifact URI", "s3://contoso-models/mortgage-ltv-check/1.0.0/model.onnx");
        await Page.FillFieldAsync("Artifact SHA-256", new string('a', 64));
        await Page.FillFieldAsync("Environment lock SHA-256", new string('c', 64));
        await Page.FillFieldAsync("Code repository", "https://git.contoso.example/mrm/mortgage-ltv-check.git");
        await Page.FillFieldAsync("Code commit (full id)", new string('b', 40));
        await Page.ChooseAsync("Trained on dataset versions", "card-authorisations@2026-10-31");
        await Page.CloseListsAsync();
        await Page.GetByTestId("save-version").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("version-title")).ToHaveTextAsync("Mortgage loan-to-value check 1.0.0");
        await Assertions.Expect(Page.GetByTestId("version-datasets")).ToContainTextAsync("card-authorisations@2026-10-31");
        await Page.GotoAsync(new Uri(root, "/models").ToString());
        await Page.WaitForInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("models-table")).ToContainTextAsync("mortgage-ltv-check");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("model-registry.png") });

        await Page.SignOutAsync();
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Priya);
        await Page.GotoAsync(new Uri(root, "/audit").ToString());
        await Page.WaitForInteractiveAsync();
        var log = Page.GetByTestId("audit-table");
        await Assertions.Expect(log).ToContainTextAsync("model-version.registered");
        await Assertions.Expect(log).ToContainTextAsync("model.created");
        await Assertions.Expect(log).ToContainTextAsync("mortgage-ltv-check");
        await Page.GetByTestId("verify-chain").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("verify-result")).ToContainTextAsync("The chain is intact");
    }

    [Fact]
    public async Task ModelOwner_SavingAVersionWithBadPins_SeesWhatIsWrongBesideEachField()
    {
        var root = Portal.RootUri;
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Page.GotoAsync(new Uri(root, "/models/credit-default-pd/versions/new").ToString());
        await Page.WaitForInteractiveAsync();

        await Page.FillFieldAsync("Version label", "9.9.9");
        await Page.FillFieldAsync("Artifact SHA-256", "not-a-hash");
        await Page.FillFieldAsync("Code commit (full id)", "abc1234");
        await Page.GetByTestId("save-version").ClickAsync();

        await Assertions.Expect(Page.GetByTestId("form-error")).ToContainTextAsync("Nothing was saved");
        await Assertions.Expect(Page.GetByText("The artifact SHA-256 must be 64 hexadecimal digits.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("not an abbreviation or a branch name", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await Page.GotoAsync(new Uri(root, "/models/credit-default-pd").ToString());
        await Page.WaitForInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("versions-table")).Not.ToContainTextAsync("9.9.9");
    }
}
