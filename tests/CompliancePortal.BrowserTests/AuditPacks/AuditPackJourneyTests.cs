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
public sealed class AuditPackJourneyTests(ChromiumFixture chromium) : BrowserJourney(chromium)
{
    // No job server: the test plays the worker, so the page is seen waiting and then following the generation.
    protected override PortalSettings Settings => base.Settings with { RunJobs = false };

    protected override BrowserNewContextOptions ContextOptions
    {
        get
        {
            var options = base.ContextOptions;
            options.AcceptDownloads = true;
            return options;
        }
    }


    [Fact]
    public async Task ComplianceOfficer_GeneratesAPack_WatchesItsProgress_AndDownloadsTheSignedPdf()
    {
        var root = Portal.RootUri;
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Priya);
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Audit packs" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/audit-packs$"));
        await Page.WaitForInteractiveAsync();

        await Page.ChooseAsync("Model", "(credit-default-pd)");
        await Page.ChooseAsync("Version", "2.0.0");
        await Page.GetByTestId("generate-pack").ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/audit-packs/[0-9a-f-]{36}$"));
        var packPage = Page.GetByTestId("audit-pack-page");
        await Assertions.Expect(packPage).ToHaveAttributeAsync("data-status", "Queued");
        await Assertions.Expect(Page.GetByTestId("pack-progress")).ToContainTextAsync("Waiting for a worker");

        var id = Guid.Parse(Page.Url[^36..]);
        await Portal.Services.GetRequiredService<AuditPackGenerator>().GenerateAsync(id, CancellationToken.None);

        await Assertions.Expect(packPage).ToHaveAttributeAsync("data-status", "Ready", new LocatorAssertionsToHaveAttributeOptions { Timeout = 20_000 });
        var shown = (await Page.GetByTestId("pack-sha256").TextContentAsync())!.Trim();
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-pack").ClickAsync());
        var path = TestArtifacts.PathFor("audit-pack-browser-journey.pdf");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal(shown, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.StartsWith("audit-pack-credit-default-pd-2.0.0-", download.SuggestedFilename);
        Assert.Contains("Signature is Valid.", await Poppler.SignatureReportAsync(path));
        await Poppler.RenderPageAsync(path, 2, TestArtifacts.PathFor("audit-pack-browser-journey-contents.png"));
    }
}
