using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Components.Pages.ModelCards;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CompliancePortal.Web.Tests.ModelCards;

public sealed class CardImportTests : ModelCardTestContext
{
    [Fact]
    public async Task Import_OfAHuggingFaceReadme_CreatesTheCardWithItsMetadataAndOpensTheVersion()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderImportAsync();
        await cut.FillAsync("import-text", CardTexts.HuggingFaceReadme);

        await cut.ClickAsync("import-submit");

        var card = (await Cards.GetAsync(Model, Version))!;
        Assert.Equal("apache-2.0", card.Metadata.License);
        Assert.Equal(2, card.ClaimedResults.Count);
        Assert.Equal(RevisionKind.Imported, (await Cards.RevisionsAsync(Model, Version)).Single().Kind);
        Assert.Equal($"http://localhost/models/{Model}/versions/{Version}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Import_WithInvalidYaml_ShowsTheLineAndReasonBesideTheTextAndWritesNothing()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderImportAsync();
        await cut.FillAsync("import-text", CardTexts.InvalidHuggingFaceReadme);

        await cut.ClickAsync("import-submit");

        Assert.Matches("line [0-9]+", cut.ErrorBeside("import-text"));
        Assert.Null(await Cards.GetAsync(Model, Version));
        Assert.Equal("http://localhost/", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Import_OverAnExistingCard_SaysItBecomesTheNextRevision()
    {
        await StartCardAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderImportAsync();
        Assert.Contains("becomes revision 2", cut.ByTestId("import-replaces").TextContent);
        await cut.FillAsync("import-text", CardTexts.HuggingFaceReadme);

        await cut.ClickAsync("import-submit");

        Assert.Equal([2, 1], (await Cards.RevisionsAsync(Model, Version)).Select(r => r.Number));
    }

    [Fact]
    public async Task ChoosingAFile_PutsItsTextInTheEditorToReviewBeforeImporting()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderImportAsync();

        await cut.InvokeAsync(() => cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(CardTexts.HuggingFaceReadme, "README.md")));

        cut.WaitForAssertion(() => Assert.StartsWith("---\nlicense: apache-2.0", cut.ValueOf("import-text")));
        Assert.Null(await Cards.GetAsync(Model, Version));
    }

    [Fact]
    public async Task ChoosingAFileOver256KB_IsRefusedWithItsSize()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderImportAsync();

        await cut.InvokeAsync(() => cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText(new string('x', CardImport.MaxFileBytes + 1), "README.md")));

        cut.WaitForAssertion(() => Assert.Contains("at most 256 KB", cut.ByTestId("form-error").TextContent));
        Assert.True(string.IsNullOrEmpty(cut.ValueOf("import-text")));
    }

    private async Task<IRenderedComponent<CardImport>> RenderImportAsync()
    {
        var cut = Render<CardImport>(p => p.Add(c => c.Key, Model).Add(c => c.Label, Version));
        await cut.WaitForElementAsync("[data-testid=import-text]");
        return cut;
    }
}
