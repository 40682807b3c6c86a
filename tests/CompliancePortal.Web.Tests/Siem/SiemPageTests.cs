using CompliancePortal.Web.Components.Pages.Siem;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Web.Tests.Siem;

public sealed class SiemPageTests : PortalTestContext
{
    [Fact]
    public async Task AddingASyslogDestination_ListsItWithTheWholeChainStillToDeliver()
    {
        await SignInAsync(DemoPeople.Alex);
        RenderPopoverProvider();
        var cut = Render<SiemPage>();
        cut.WaitForElement("[data-testid=add-destination]");

        await cut.FillAsync("field-name", "SOC rsyslog");
        await cut.FillAsync("field-host", "siem.contoso.example");
        await cut.FillAsync("field-port", "6514");
        await cut.ClickAsync("add-destination");

        await using var db = await OpenDatabaseAsync();
        var tail = await db.AuditEvents.MaxAsync(e => e.Sequence);
        cut.WaitForAssertion(() =>
        {
            var row = Assert.Single(cut.TableRows("[data-testid=siem-destinations]"));
            Assert.Equal("SOC rsyslog", row[0]);
            Assert.Equal("syslog+tcp://siem.contoso.example:6514", row[1]);
            Assert.Equal("Healthy", row[2]);
            Assert.Equal(tail.ToString(System.Globalization.CultureInfo.InvariantCulture), row[4]);
        });
        Assert.Equal("siem.destination-added", (await db.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync()).Action);
    }

    [Fact]
    public async Task AddingASyslogDestinationWithoutAHost_SaysSoBesideTheField_AndAddsNothing()
    {
        await SignInAsync(DemoPeople.Alex);
        RenderPopoverProvider();
        var cut = Render<SiemPage>();
        cut.WaitForElement("[data-testid=add-destination]");

        await cut.FillAsync("field-name", "SOC");
        await cut.ClickAsync("add-destination");

        cut.WaitForAssertion(() => Assert.Contains("host name or IP address", cut.ErrorBeside("field-host")));
        await using var db = await OpenDatabaseAsync();
        Assert.Empty(await db.SiemDestinations.ToListAsync());
    }

    [Fact]
    public async Task Disabling_ADestination_ShowsItDisabled()
    {
        await SignInAsync(DemoPeople.Alex);
        RenderPopoverProvider();
        var cut = Render<SiemPage>();
        cut.WaitForElement("[data-testid=add-destination]");
        await cut.FillAsync("field-name", "SOC");
        await cut.FillAsync("field-host", "127.0.0.1");
        await cut.ClickAsync("add-destination");
        cut.WaitForElement("[data-testid=siem-toggle]");

        await cut.ClickAsync("siem-toggle");

        cut.WaitForAssertion(() => Assert.Equal("Disabled", cut.ByTestId("siem-health").TextContent.Trim()));
        Assert.Equal("Enable", cut.ByTestId("siem-toggle").TextContent.Trim());
    }
}
