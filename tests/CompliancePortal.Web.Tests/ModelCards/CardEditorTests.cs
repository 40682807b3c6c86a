using AngleSharp.Dom;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Components.Pages.ModelCards;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Tests.ModelCards;

public sealed class CardEditorTests : ModelCardTestContext
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Preview_FollowsTheTextAsItIsTyped()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();
        Assert.Contains("Purpose and intended use", cut.ByTestId("card-preview").TextContent);

        await TypeAsync(cut, "# Scorecard\n\n## Purpose and intended use\n\nScores **retail** loans.");

        cut.WaitForAssertion(() => Assert.NotNull(cut.ByTestId("card-preview").QuerySelector("strong")), Settle);
        var preview = cut.ByTestId("card-preview");
        Assert.Equal("Scorecard", preview.QuerySelector("h1")!.TextContent);
        Assert.Equal("retail", preview.QuerySelector("strong")!.TextContent);
        Assert.DoesNotContain("Training data", preview.TextContent);
    }

    [Fact]
    public async Task Preview_OfTextWithScriptJavascriptLinksAndEventHandlers_RendersNoneOfThemLive()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();

        await TypeAsync(cut, """
            ## Purpose and intended use

            Hello <script>alert('script')</script> and <img src="x" onerror="alert('img')">.

            [a javascript link](javascript:alert('link')) and [an encoded one](jAvAsCrIpT&#58;alert('link2'))

            ![picture](https://example.com/a.png){onerror="alert('attribute')" onclick="alert('click')"}

            <a href="javascript:alert('raw')" onmouseover="alert('raw')">raw anchor</a>
            """);

        cut.WaitForAssertion(() => Assert.Contains("Hello", cut.ByTestId("card-preview").TextContent), Settle);
        var preview = cut.ByTestId("card-preview");
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.DoesNotContain(preview.QuerySelectorAll("[href], [src]"),
            e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim().StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(preview.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("<script>", preview.TextContent);
        Assert.NotNull(preview.QuerySelector("img[src='https://example.com/a.png']"));
    }

    [Fact]
    public async Task CompletenessPanel_MovesSectionsToPresentAsTheyAreWritten_AndTheCardBecomesComplete()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();
        Assert.Equal("Placeholder", StateOf(cut, "Training data"));
        Assert.Equal("Incomplete", cut.ByTestId("completeness-state").TextContent.Trim());

        await TypeAsync(cut, CardTexts.Complete(except: ["Fairness analysis"]));

        cut.WaitForAssertion(() => Assert.Equal("Present", StateOf(cut, "Training data")), Settle);
        Assert.Equal("Missing", StateOf(cut, "Fairness analysis"));
        Assert.Equal("Incomplete", cut.ByTestId("completeness-state").TextContent.Trim());

        await TypeAsync(cut, CardTexts.Complete(except: ["Fairness analysis"]) + "## Fairness analysis\n\nTBD\n");

        cut.WaitForAssertion(() => Assert.Equal("Too short", StateOf(cut, "Fairness analysis")), Settle);

        await TypeAsync(cut, CardTexts.Complete());

        cut.WaitForAssertion(() => Assert.Equal("Present", StateOf(cut, "Fairness analysis")), Settle);
        Assert.Equal("Complete", cut.ByTestId("completeness-state").TextContent.Trim());
        var ethics = RowOf(cut, "Ethical considerations");
        Assert.Equal(("Optional", "Present"), (ethics[1], ethics[2]));
    }

    [Fact]
    public async Task Save_CreatesARevisionWithTheTextAndSummary_AndOpensTheVersion()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();
        await TypeAsync(cut, CardTexts.Complete());
        await cut.FillAsync("card-summary", "Filled in every section");

        await cut.ClickAsync("save-card");

        var card = (await Cards.GetAsync(Model, Version))!;
        Assert.Equal(2, card.Revision);
        Assert.Equal(CardTexts.Complete(), card.Markdown);
        Assert.True(card.Completeness.IsComplete);
        var latest = (await Cards.RevisionsAsync(Model, Version))[0];
        Assert.Equal(("Olivia Owens", RevisionKind.Edited, "Filled in every section"), (latest.AuthorName, latest.Kind, latest.Summary));
        Assert.Equal($"http://localhost/models/{Model}/versions/{Version}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task SaveShortcut_SavesTheTextTheEditorHoldsAtThatMoment()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();

        await cut.InvokeAsync(() => cut.Instance.SaveFromShortcut("## Purpose and intended use\n\nTyped just before Ctrl+S.\n"));

        Assert.Equal("## Purpose and intended use\n\nTyped just before Ctrl+S.\n", (await Cards.GetAsync(Model, Version))!.Markdown);
        Assert.Equal($"http://localhost/models/{Model}/versions/{Version}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_ShowsTheirTextBesideMine_KeepsMineInTheEditor_AndSavesNothing()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();
        await SaveCardAsync(DemoPeople.Sofia, "## Purpose and intended use\n\nSofia wrote this paragraph at her desk.\n", baseRevision: 1);
        const string mine = "## Purpose and intended use\n\nOlivia wrote this paragraph in the editor.\n";
        await TypeAsync(cut, mine);

        await cut.ClickAsync("save-card");

        var conflict = cut.ByTestId("card-conflict");
        Assert.Contains("Sofia Alvarez saved revision 2", conflict.TextContent);
        Assert.Contains(conflict.QuerySelectorAll("del.diff-del"), d => d.TextContent.Contains("Sofia"));
        Assert.Contains(conflict.QuerySelectorAll("ins.diff-ins"), i => i.TextContent.Contains("Olivia"));
        Assert.Equal(mine, TextOf(cut.ByTestId("card-editor")));
        var card = (await Cards.GetAsync(Model, Version))!;
        Assert.Equal((2, "Sofia Alvarez"), (card.Revision, card.UpdatedBy));
        Assert.Equal("http://localhost/", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task SaveMineOnTopOfTheirs_AfterAConflict_SavesMyTextAsANewRevisionAfterTheirs()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();
        await SaveCardAsync(DemoPeople.Sofia, "## Purpose and intended use\n\nSofia wrote this paragraph at her desk.\n", baseRevision: 1);
        const string mine = "## Purpose and intended use\n\nOlivia wrote this paragraph in the editor.\n";
        await TypeAsync(cut, mine);
        await cut.ClickAsync("save-card");

        await cut.ClickAsync("save-mine");

        var revisions = await Cards.RevisionsAsync(Model, Version);
        Assert.Equal([(3, "Olivia Owens"), (2, "Sofia Alvarez"), (1, "Olivia Owens")], revisions.Select(r => (r.Number, r.AuthorName)));
        Assert.Equal(mine, (await Cards.GetAsync(Model, Version))!.Markdown);
        Assert.Equal($"http://localhost/models/{Model}/versions/{Version}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Save_OfAnEmptyCard_ShowsTheMessageBesideTheEditorAndSavesNothing()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();
        await TypeAsync(cut, "   ");

        await cut.ClickAsync("save-card");

        Assert.Equal("The card is empty; write its sections before saving.", cut.ErrorBeside("card-editor"));
        Assert.Equal(1, (await Cards.GetAsync(Model, Version))!.Revision);
    }

    [Fact]
    public async Task Toolbar_InsertsMarkdownThroughTheEditorScript_AndTheScriptBindsTheSaveShortcut()
    {
        var module = JSInterop.SetupModule("./js/card-editor.js");
        module.Mode = JSRuntimeMode.Loose;
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia);
        var cut = await RenderEditorAsync();

        await cut.ClickAsync("toolbar-heading");
        await cut.ClickAsync("toolbar-table");

        var inserts = module.Invocations["insert"];
        Assert.Equal(["## ", MarkdownSnippet.Table.Before], inserts.Select(i => i.Arguments[1]));
        Assert.Single(module.Invocations["registerSaveShortcut"]);
    }

    [Fact]
    public async Task Open_WhenTheVersionHasNoCard_ShowsTheEmptyState()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = Render<CardEditor>(p => p.Add(c => c.Key, Model).Add(c => c.Label, Version));

        cut.WaitForAssertion(() => Assert.Contains("This version has no model card yet", cut.ByTestId("empty-state").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=save-card]"));
    }

    private async Task<IRenderedComponent<CardEditor>> RenderEditorAsync()
    {
        var cut = Render<CardEditor>(p => p.Add(c => c.Key, Model).Add(c => c.Label, Version));
        await cut.WaitForElementAsync("[data-testid=card-editor]");
        return cut;
    }

    private static Task TypeAsync(IRenderedComponent<CardEditor> cut, string text) =>
        cut.ByTestId("card-editor").InputAsync(new ChangeEventArgs { Value = text });

    private static string[] RowOf(IRenderedComponent<CardEditor> cut, string section) =>
        cut.TableRows("[data-testid=completeness-panel] table").Single(cells => cells[0] == section);

    private static string StateOf(IRenderedComponent<CardEditor> cut, string section) => RowOf(cut, section)[2];

    // Blazor gives a textarea its text through the value property; the test renderer shows it as the value attribute.
    private static string? TextOf(IElement textarea) => textarea.GetAttribute("value") ?? textarea.TextContent;
}
