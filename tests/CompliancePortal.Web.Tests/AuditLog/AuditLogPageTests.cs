using System.Globalization;
using CompliancePortal.Web.Components.Pages.AuditLog;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components.Web;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
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

    [Fact]
    public async Task Filter_ByModelKey_ShowsOnlyThatModelsEvents_AndTheExportsCarryTheFilter()
    {
        await SignInAsync(DemoPeople.Henrik);
        await using var db = await OpenDatabaseAsync();
        var expected = await db.AuditEvents.Where(e => e.ModelKey == "card-fraud-score").Select(e => e.Sequence).ToListAsync();
        var cut = RenderAuditLog();
        cut.WaitForAssertion(() => Assert.NotEmpty(Sequences(cut)));

        await cut.FillAsync("filter-model", "card-fraud-score");
        await cut.ClickAsync("apply-filter");

        cut.WaitForAssertion(() => Assert.Equal(expected.OrderDescending(), Sequences(cut)));
        Assert.Equal("/api/v1/audit/events.csv?model=card-fraud-score", cut.ByTestId("export-csv").GetAttribute("href"));
        Assert.Equal("/api/v1/audit/events.jsonl?model=card-fraud-score", cut.ByTestId("export-jsonl").GetAttribute("href"));
    }

    [Fact]
    public async Task Expand_AModelUpdate_ShowsBeforeAndAfterFieldByField_WithTheChangedFieldsMarked()
    {
        var olivia = await SignInAsync(DemoPeople.Olivia);
        var model = (await Get<ModelQueries>().GetAsync("credit-default-pd"))!;
        var actor = new Actor(olivia.Id, olivia.DisplayName, new HashSet<string>(olivia.Roles));
        await Get<ModelRegistry>().UpdateAsync(actor, model.Key, model.ToDetails() with { Purpose = "Estimates twelve-month default probability for retail loans." }, model.Revision);
        await SignInAsync(DemoPeople.Henrik);
        var cut = RenderAuditLog();
        cut.WaitForAssertion(() => Assert.Equal("model.updated", cut.TableRows()[0][3]));

        await cut.FindAll("[data-testid=expand-event]")[0].ClickAsync(new MouseEventArgs());

        var changed = cut.WaitForElements("[data-testid=snapshot-changes] tr[data-changed=true]")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains([model.Purpose, "Estimates twelve-month default probability for retail loans."], changed.Where(r => r[0] == "purpose").Select(r => r[1..]));
        Assert.DoesNotContain(changed, r => r[0] == "key");
        Assert.Equal("/models/credit-default-pd", cut.FindAll("[data-testid=entity-link]")[0].GetAttribute("href"));
    }

    private IRenderedComponent<AuditLogPage> RenderAuditLog()
    {
        RenderPopoverProvider();
        return Render<AuditLogPage>();
    }

    private static List<long> Sequences(IRenderedComponent<AuditLogPage> cut) =>
        cut.TableRows().Select(cells => long.Parse(cells[0], CultureInfo.InvariantCulture)).ToList();
}
