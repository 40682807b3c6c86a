using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.AuditPacks;
using CompliancePortal.Web.Components.Pages.AuditPacks;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CompliancePortal.Web.Tests.AuditPacks;

public sealed class AuditPackPagesTests : PortalTestContext
{
    private static readonly TimeSpan Polling = TimeSpan.FromSeconds(20);

    public AuditPackPagesTests() =>
        Services.AddSingleton<IAuditPackRequests>(sp => new QueueOnlyRequests(sp.GetRequiredService<AuditPackService>()));

    [Fact]
    public async Task Generate_ForAModelVersion_RecordsTheRequestInTheOfficersName_AndOpensThePacksPage()
    {
        await SignInAsync(DemoPeople.Priya);
        var popovers = RenderPopoverProvider();
        var cut = Render<AuditPacksPage>();
        cut.WaitForElement("[data-testid=generate-pack]");

        await ChooseAsync(cut, popovers, "field-model", "(credit-default-pd)");
        await ChooseAsync(cut, popovers, "field-version", "2.0.0");
        await cut.ClickAsync("generate-pack");

        var pack = Assert.Single(await Get<AuditPackQueries>().ListAsync());
        Assert.Equal(("credit-default-pd", "2.0.0", "Priya Raman", AuditPackStatus.Queued), (pack.ModelKey, pack.Version, pack.RequestedBy, pack.Status));
        Assert.EndsWith($"/audit-packs/{pack.Id}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Generate_WithoutChoosingAModel_SaysSoBesideTheField_AndRecordsNothing()
    {
        await SignInAsync(DemoPeople.Priya);
        RenderPopoverProvider();
        var cut = Render<AuditPacksPage>();
        cut.WaitForElement("[data-testid=generate-pack]");

        await cut.ClickAsync("generate-pack");

        cut.WaitForAssertion(() => Assert.Contains("Choose the model", cut.ErrorBeside("field-model")));
        Assert.Empty(await Get<AuditPackQueries>().ListAsync());
    }

    [Fact]
    public async Task PackPage_FollowsTheGenerationUntilReady_ThenShowsItsHashAndOffersTheDownload()
    {
        await SignInAsync(DemoPeople.Priya);
        var pack = await RequestAsync(DemoPeople.Priya, "credit-default-pd", "2.1.0");
        var cut = Render<AuditPackPage>(p => p.Add(x => x.Id, pack.Id));
        Assert.Equal("Queued", cut.ByTestId("audit-pack-page").GetAttribute("data-status"));
        Assert.Contains("Waiting for a worker", cut.ByTestId("pack-progress").TextContent);

        await Get<AuditPackGenerator>().GenerateAsync(pack.Id, CancellationToken.None);

        cut.WaitForAssertion(() => Assert.Equal("Ready", cut.ByTestId("audit-pack-page").GetAttribute("data-status")), Polling);
        var ready = await Get<AuditPackQueries>().GetAsync(pack.Id);
        Assert.Equal(ready.Sha256, cut.ByTestId("pack-sha256").TextContent.Trim());
        var download = cut.ByTestId("download-pack");
        Assert.Equal($"/api/v1/audit-packs/{pack.Id}/pdf", download.GetAttribute("href"));
        Assert.Equal(ready.FileName, download.GetAttribute("download"));
    }

    [Fact]
    public async Task PacksList_ShowsWhoGeneratedEachPack_WithADownloadOnlyForReadyOnes()
    {
        await SignInAsync(DemoPeople.Priya);
        var ready = await RequestAsync(DemoPeople.Priya, "card-fraud-score", null);
        await Get<AuditPackGenerator>().GenerateAsync(ready.Id, CancellationToken.None);
        await RequestAsync(DemoPeople.Henrik, "credit-default-pd", "1.0.0");

        var cut = Render<AuditPacksPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.TableRows("[data-testid=audit-packs-table]").Count));
        var rows = cut.TableRows("[data-testid=audit-packs-table]");
        Assert.Equal(["credit-default-pd", "1.0.0", "Henrik Aalto", "Queued"], rows[0][1..5]);
        Assert.Equal(["card-fraud-score", "all versions", "Priya Raman", "Ready"], rows[1][1..5]);
        Assert.Equal("", rows[0][6]);
        Assert.Equal("Download", rows[1][6]);
    }

    private async Task<AuditPackView> RequestAsync(string email, string model, string? version)
    {
        await using var db = await OpenDatabaseAsync();
        var person = db.People.Single(p => p.Email == email);
        var actor = new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
        return await Get<AuditPackService>().RequestAsync(actor, new AuditPackRequest(model, version));
    }

    private static async Task ChooseAsync(IRenderedComponent<AuditPacksPage> cut, IRenderedComponent<MudPopoverProvider> popovers, string field,
        string optionText)
    {
        await cut.Field(field).MouseDownAsync(new MouseEventArgs());
        var option = popovers.WaitForElements(".mud-popover-open [role=option]")
            .Single(o => o.TextContent.Contains(optionText, StringComparison.Ordinal));
        await option.ClickAsync(new MouseEventArgs());
    }
}
