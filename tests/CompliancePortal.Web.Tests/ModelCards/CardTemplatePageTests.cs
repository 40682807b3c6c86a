using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Components.Pages.ModelCards;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.ModelCards;

public sealed class CardTemplatePageTests : ModelCardTestContext
{
    [Fact]
    public async Task Open_ShowsTheDefaultTemplatesSections()
    {
        await SignInAsync(DemoPeople.Alex);

        var cut = await RenderTemplateAsync();

        Assert.Equal(CardTemplate.Default.Sections.Select(s => s.Name),
            Enumerable.Range(0, CardTemplate.Default.Sections.Count).Select(i => cut.ValueOf($"section-name-{i}")));
    }

    [Fact]
    public async Task Save_OfATemplateWithNoRequiredSection_IsRefusedAndChangesNothing()
    {
        await SignInAsync(DemoPeople.Alex);
        var cut = await RenderTemplateAsync();
        foreach (var _ in CardTemplate.Default.Required)
        {
            await cut.ClickAsync("remove-section-0");
        }

        await cut.ClickAsync("save-template");

        Assert.Equal("The template needs at least one required section.", cut.ByTestId("sections-error").TextContent.Trim());
        var (template, revision) = await Cards.TemplateAsync();
        Assert.Equal(0, revision);
        Assert.Equal(CardTemplate.Default.Sections, template.Sections);
    }

    [Fact]
    public async Task Save_WithAnUnnamedSection_ShowsTheMessageBesideItsName()
    {
        await SignInAsync(DemoPeople.Alex);
        var cut = await RenderTemplateAsync();
        await cut.ClickAsync("add-section");

        await cut.ClickAsync("save-template");

        var added = CardTemplate.Default.Sections.Count;
        Assert.Equal("Give the section a name.", cut.ErrorBeside($"section-name-{added}"));
        Assert.Equal(0, (await Cards.TemplateAsync()).Revision);
    }

    [Fact]
    public async Task Save_OfAnAddedAndReorderedSection_StoresTheTemplateInThatOrder()
    {
        await SignInAsync(DemoPeople.Alex);
        var cut = await RenderTemplateAsync();
        var added = CardTemplate.Default.Sections.Count;
        await cut.ClickAsync("add-section");
        await cut.FillAsync($"section-name-{added}", "Human oversight");
        await cut.FillAsync($"section-guidance-{added}", "Describe who reviews the model's output and when.");
        await cut.ClickAsync($"move-up-{added}");

        await cut.ClickAsync("save-template");

        var (template, _) = await Cards.TemplateAsync();
        Assert.Equal("Human oversight", template.Sections[added - 1].Name);
        Assert.Equal("Caveats and recommendations", template.Sections[added].Name);
        Assert.False(template.Sections[added - 1].Required);
        Assert.Equal(CardTemplate.Default.Required.Select(s => s.Name), template.Required.Select(s => s.Name));
    }

    private async Task<IRenderedComponent<CardTemplatePage>> RenderTemplateAsync()
    {
        var cut = Render<CardTemplatePage>();
        await cut.WaitForElementAsync("[data-testid=save-template]");
        return cut;
    }
}
