using System.Globalization;
using CompliancePortal.Web.Components.Pages.AuditLog;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Web.Tests.AuditLog;

public sealed class AuditLogPageTests : PortalTestContext
{
    [Fact]
    public async Task Render_ListsTheEventsNewestFirst()
    {
        await SignInAsync(DemoPeople.Henrik);
        await using var db = await OpenDatabaseAsync();
        var sequences = await db.AuditEvents.Select(e => e.Sequence).ToListAsync();

        var cut = RenderAuditLog();

        cut.WaitForAssertion(() => Assert.Equal(sequences.OrderDescending().Take(50), Sequences(cut)));
    }

    [Fact]
    public async Task Filter_ByTheActionPrefixModel_ShowsOnlyModelEvents()
    {
        await SignInAsync(DemoPeople.Henrik);
        await using var db = await OpenDatabaseAsync();
        var modelEvents = await db.AuditEvents.CountAsync(e => e.Action.StartsWith("model"));
        var cut = RenderAuditLog();
        cut.WaitForAssertion(() => Assert.NotEmpty(Sequences(cut)));

        await cut.ByTestId("filter-action").InputAsync(new() { Value = "model" });
        await cut.ByTestId("filter-action").BlurAsync(new FocusEventArgs());
        await cut.ClickAsync("apply-filter");

        cut.WaitForAssertion(() =>
        {
            var actions = cut.TableRows().Select(cells => cells[3]).ToList();
            Assert.Equal(modelEvents, actions.Count);
            Assert.All(actions, action => Assert.StartsWith("model", action));
        });
    }

    [Fact]
    public async Task VerifyChain_OnTheSeededLog_ReportsItIntactWithEveryEventChecked()
    {
        await SignInAsync(DemoPeople.Henrik);
        await using var db = await OpenDatabaseAsync();
        var events = await db.AuditEvents.CountAsync();
        var cut = RenderAuditLog();

        await cut.ClickAsync("verify-chain");

        cut.WaitForAssertion(() =>
            Assert.Equal($"The chain is intact: {events} events checked.", cut.ByTestId("verify-result").TextContent.Trim()));
    }

    private IRenderedComponent<AuditLogPage> RenderAuditLog()
    {
        RenderPopoverProvider();
        return Render<AuditLogPage>();
    }

    private static List<long> Sequences(IRenderedComponent<AuditLogPage> cut) =>
        cut.TableRows().Select(cells => long.Parse(cells[0], CultureInfo.InvariantCulture)).ToList();
}
