using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Components.Pages.ModelCards;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components.Web;

namespace CompliancePortal.Web.Tests.ModelCards;

public sealed class CardHistoryTests : ModelCardTestContext
{
    private const string First = "## Purpose and intended use\n\nScores retail loans for the credit committee.\n";
    private const string Second = "## Purpose and intended use\n\nScores retail and business loans for the credit committee.\n";

    [Fact]
    public async Task Open_ListsTheRevisionsNewestFirst()
    {
        await WriteRevisionsAsync();
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderHistoryAsync();

        var rows = cut.TableRows("[data-testid=revisions-table]");
        Assert.Equal(["3", "2", "1"], rows.Select(r => r[0]));
        Assert.Equal(["Sofia Alvarez", "Olivia Owens", "Olivia Owens"], rows.Select(r => r[1]));
        Assert.Equal(["Edited", "Edited", "Started from the template"], rows.Select(r => r[3]));
    }

    [Fact]
    public async Task Open_ComparesThePreviousRevisionWithTheCurrent_MarkingInsertedAndDeletedWords()
    {
        await WriteRevisionsAsync(second: "## Purpose and intended use\n\nScores business loans for the credit committee.\n");
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderHistoryAsync();

        var diff = cut.ByTestId("diff-view");
        Assert.NotNull(diff.QuerySelector("[data-testid=diff-side-by-side]"));
        Assert.Equal(["retail"], diff.QuerySelectorAll("del.diff-del").Select(d => d.TextContent.Trim()));
        Assert.Equal(["business"], diff.QuerySelectorAll("ins.diff-ins").Select(i => i.TextContent.Trim()));
    }

    [Fact]
    public async Task InlineMode_ShowsTheSameChangesInOneColumn()
    {
        await WriteRevisionsAsync();
        await SignInAsync(DemoPeople.Henrik);
        var cut = await RenderHistoryAsync();

        await cut.Find("[data-testid=diff-mode] .mud-toggle-item:last-child").ClickAsync(new MouseEventArgs());

        var diff = cut.ByTestId("diff-view");
        Assert.Null(diff.QuerySelector("[data-testid=diff-side-by-side]"));
        Assert.NotNull(diff.QuerySelector("[data-testid=diff-inline]"));
        Assert.Contains(diff.QuerySelectorAll("ins.diff-ins"), i => i.TextContent.Contains("business"));
    }

    [Fact]
    public async Task Restore_OfAnOldRevision_CreatesANewRevisionWithItsText()
    {
        await WriteRevisionsAsync();
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderHistoryAsync();

        await cut.ClickAsync("restore-2");

        var revisions = await Cards.RevisionsAsync(Model, Version);
        Assert.Equal([4, 3, 2, 1], revisions.Select(r => r.Number));
        Assert.Equal((RevisionKind.Restored, 2), (revisions[0].Kind, revisions[0].RestoredFrom));
        Assert.Equal(First, (await Cards.GetAsync(Model, Version))!.Markdown);
        cut.WaitForAssertion(() => Assert.Equal(["4", "3", "2", "1"], cut.TableRows("[data-testid=revisions-table]").Select(r => r[0])));
        Assert.Empty(cut.FindAll("[data-testid=restore-4]"));
        Assert.NotNull(cut.ByTestId("restore-3"));
    }

    [Fact]
    public async Task Restore_AfterSomeoneElseSaved_IsRefusedWithTheirNameAndRestoresNothing()
    {
        await WriteRevisionsAsync();
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderHistoryAsync();
        await SaveCardAsync(DemoPeople.Sofia, First + "\nOne more line from Sofia.\n", baseRevision: 3);

        await cut.ClickAsync("restore-2");

        Assert.Contains("Sofia Alvarez saved revision 4", cut.ByTestId("form-error").TextContent);
        Assert.Equal(4, (await Cards.GetAsync(Model, Version))!.Revision);
    }

    [Fact]
    public async Task Open_AsAnAuditor_OffersNoRestore()
    {
        await WriteRevisionsAsync();
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderHistoryAsync();

        Assert.Empty(cut.FindAll("[data-testid^=restore-]"));
    }

    [Fact]
    public async Task Open_WhenTheVersionHasNoCard_ShowsTheEmptyState()
    {
        await SignInAsync(DemoPeople.Henrik);

        var cut = Render<CardHistory>(p => p.Add(c => c.Key, Model).Add(c => c.Label, Version));

        cut.WaitForAssertion(() => Assert.Contains("no model card yet", cut.ByTestId("empty-state").TextContent));
    }

    // Revision 1 is the template, 2 is Olivia's first text, 3 is Sofia's change to it.
    private async Task WriteRevisionsAsync(string second = Second)
    {
        await StartCardAsync(DemoPeople.Olivia);
        await SaveCardAsync(DemoPeople.Olivia, First, baseRevision: 1);
        await SaveCardAsync(DemoPeople.Sofia, second, baseRevision: 2);
    }

    private async Task<IRenderedComponent<CardHistory>> RenderHistoryAsync()
    {
        RenderPopoverProvider();
        var cut = Render<CardHistory>(p => p.Add(c => c.Key, Model).Add(c => c.Label, Version));
        await cut.WaitForElementAsync("[data-testid=revisions-table]");
        return cut;
    }
}
