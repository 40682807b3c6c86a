using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Testing.Pdf;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.AuditPacks;

/// <summary>
/// A compliance officer generates an audit pack for a model version, watches its progress page move on by itself while
/// the pack is generated, and downloads the signed PDF, which is the file whose SHA-256 the page shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditPackJourneyTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private PortalFactory _portal = default!;
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        // No job server: the test plays the worker, so the page is seen waiting and then following the generation.
        _portal = new PortalFactory(PortalSettings.Sqlite() with { UseKestrel = true, RunJobs = false });
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            AcceptDownloads = true,
        });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task ComplianceOfficer_GeneratesAPack_WatchesItsProgress_AndDownloadsTheSignedPdf()
    {
        var root = _portal.RootUri;
        await _page.SignInAsDemoPersonAsync(root, PortalClients.Priya);
        await _page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Audit packs" }).ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("/audit-packs$"));
        await _page.WaitForInteractiveAsync();

        await _page.ChooseAsync("Model", "(credit-default-pd)");
        await _page.ChooseAsync("Version", "2.0.0");
        await _page.GetByTestId("generate-pack").ClickAsync();

        await Assertions.Expect(_page).ToHaveURLAsync(new Regex("/audit-packs/[0-9a-f-]{36}$"));
        var packPage = _page.GetByTestId("audit-pack-page");
        await Assertions.Expect(packPage).ToHaveAttributeAsync("data-status", "Queued");
        await Assertions.Expect(_page.GetByTestId("pack-progress")).ToContainTextAsync("Waiting for a worker");

        var id = Guid.Parse(_page.Url[^36..]);
        await _portal.Services.GetRequiredService<AuditPackGenerator>().GenerateAsync(id, CancellationToken.None);

        await Assertions.Expect(packPage).ToHaveAttributeAsync("data-status", "Ready", new LocatorAssertionsToHaveAttributeOptions { Timeout = 20_000 });
        var shown = (await _page.GetByTestId("pack-sha256").TextContentAsync())!.Trim();
        var download = await _page.RunAndWaitForDownloadAsync(() => _page.GetByTestId("download-pack").ClickAsync());
        var path = TestArtifacts.PathFor("audit-pack-browser-journey.pdf");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal(shown, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.StartsWith("audit-pack-credit-default-pd-2.0.0-", download.SuggestedFilename);
        Assert.Contains("Signature is Valid.", await Poppler.SignatureReportAsync(path));
        await Poppler.RenderPageAsync(path, 2, TestArtifacts.PathFor("audit-pack-browser-journey-contents.png"));
    }
}
