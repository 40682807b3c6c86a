using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Components.Pages.ModelCards;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.ModelCards;

public sealed class VersionCardPanelTests : ModelCardTestContext
{
    private static readonly string[] WriteActions = ["start-card", "copy-card", "import-card", "edit-card"];

    [Fact]
    public async Task WithoutACard_TheOwnerIsOfferedToStartCopyOrImportIt()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderPanelAsync();

        Assert.Contains("No model card yet", cut.ByTestId("empty-state").TextContent);
        Assert.Equal("Start from template", cut.ByTestId("start-card").TextContent.Trim());
        Assert.Equal("Copy previous version's card", cut.ByTestId("copy-card").TextContent.Trim());
        Assert.Equal($"/models/{Model}/versions/{Version}/card/import", cut.ByTestId("import-card").GetAttribute("href"));
    }

    [Fact]
    public async Task WithoutACard_AnAuditorIsOfferedNothingToWrite()
    {
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPanelAsync();

        Assert.Contains("No model card yet", cut.ByTestId("empty-state").TextContent);
        Assert.All(WriteActions, id => Assert.Empty(cut.FindAll($"[data-testid={id}]")));
    }

    [Fact]
    public async Task WithoutACard_AModelOwnerWhoDoesNotOwnTheModelIsOfferedNothingToWrite()
    {
        await SignInAsync(DemoPeople.Marcus);

        var cut = await RenderPanelAsync();

        Assert.All(WriteActions, id => Assert.Empty(cut.FindAll($"[data-testid={id}]")));
    }

    [Fact]
    public async Task StartFromTemplate_CreatesTheCardAndShowsItWithItsGaps()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPanelAsync();

        await cut.ClickAsync("start-card");

        cut.WaitForAssertion(() => Assert.NotNull(cut.ByTestId("card-html").QuerySelector("h2")));
        Assert.Equal(CardTemplate.Default.Sections.Select(s => s.Name), cut.ByTestId("card-html").QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.StartsWith("Revision 1", cut.ByTestId("card-revision").TextContent.Trim());
        var completeness = cut.ByTestId("card-completeness").TextContent;
        Assert.Contains("Incomplete", completeness);
        Assert.Contains("Training data: Placeholder", completeness);
        Assert.DoesNotContain("Out-of-scope use", completeness);
        Assert.Equal(RevisionKind.Started, (await Cards.RevisionsAsync(Model, Version)).Single().Kind);
    }

    [Fact]
    public async Task CopyPreviousVersionsCard_StartsTheCardWithThePreviousVersionsText()
    {
        await SignInAsync(DemoPeople.Olivia);
        await StartCardAsync(DemoPeople.Olivia, label: "2.0.0");
        await SaveCardAsync(DemoPeople.Olivia, CardTexts.Complete(), baseRevision: 1, label: "2.0.0");
        var cut = await RenderPanelAsync(label: "2.1.0");

        await cut.ClickAsync("copy-card");

        cut.WaitForAssertion(() => Assert.Contains(CardTexts.Substantive, cut.ByTestId("card-html").TextContent));
        Assert.Equal("Complete", cut.ByTestId("card-completeness-state").TextContent.Trim());
        Assert.Equal(RevisionKind.CopiedFromPreviousVersion, (await Cards.RevisionsAsync(Model, "2.1.0")).Single().Kind);
    }

    [Fact]
    public async Task CopyPreviousVersionsCard_WhenNoEarlierVersionHasACard_ShowsWhyAndWritesNothing()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPanelAsync();

        await cut.ClickAsync("copy-card");

        Assert.Contains("No earlier version of credit-default-pd has a card to copy", cut.ByTestId("card-error").TextContent);
        Assert.Null(await Cards.GetAsync(Model, Version));
    }

    [Fact]
    public async Task WithACard_AnAuditorReadsItAndMayOpenTheHistoryAndExportButNotEdit()
    {
        await StartCardAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPanelAsync();

        Assert.Contains("Purpose and intended use", cut.ByTestId("card-html").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=edit-card]"));
        Assert.Empty(cut.FindAll("[data-testid=import-card]"));
        Assert.Equal($"/models/{Model}/versions/{Version}/card/history", cut.ByTestId("card-history").GetAttribute("href"));
        var export = cut.ByTestId("export-card");
        Assert.Equal($"/api/v1/models/{Model}/versions/{Version}/card?format=huggingface", export.GetAttribute("href"));
        Assert.True(export.HasAttribute("download"));
    }

    [Fact]
    public async Task WithACard_TheBackupOwnerMayEditIt()
    {
        await StartCardAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Sofia);

        var cut = await RenderPanelAsync();

        Assert.Equal($"/models/{Model}/versions/{Version}/card/edit", cut.ByTestId("edit-card").GetAttribute("href"));
    }

    [Fact]
    public async Task AfterAHuggingFaceImport_ShowsTheCardsClaimedResultsAsClaims()
    {
        await Service.ImportHuggingFaceAsync(await ActorAsync(DemoPeople.Olivia), Model, Version, CardTexts.HuggingFaceReadme, null);
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPanelAsync();

        var claimed = cut.ByTestId("claimed-results");
        Assert.Contains("Claimed by the card (not evaluated by the portal)", claimed.TextContent);
        Assert.Equal(
            [
                ["credit-default-pd", "tabular-classification", "Loan applications 2026", "contoso/loan-applications", "ROC AUC", "0.874"],
                ["credit-default-pd", "tabular-classification", "Loan applications 2026", "contoso/loan-applications", "Accuracy", "0.912"],
            ],
            cut.TableRows("[data-testid=claimed-results] table"));
    }

    [Fact]
    public async Task WithACardWithoutModelIndex_ShowsNoClaimedResults()
    {
        await StartCardAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderPanelAsync();

        Assert.Empty(cut.FindAll("[data-testid=claimed-results]"));
    }

    private async Task<IRenderedComponent<VersionCardPanel>> RenderPanelAsync(string label = Version)
    {
        var cut = Render<VersionCardPanel>(p => p.Add(c => c.ModelKey, Model).Add(c => c.Label, label));
        await cut.WaitForElementAsync("[data-testid=card-html], [data-testid=empty-state]");
        return cut;
    }
}
