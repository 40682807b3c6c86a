using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Pages.Models;
using CompliancePortal.Web.Components.Shared;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Tests.Models;

public sealed class ModelEditorTests : PortalTestContext
{
    private const string NewKey = "mortgage-ltv";

    [Fact]
    public async Task Save_WithEmptyNameAndPurpose_ShowsTheMessagesBesideThoseFieldsAndWritesNoModel()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderNewAsync();
        await cut.FillAsync("field-key", NewKey);
        await cut.FillAsync("field-business-use", "Mortgage approvals.");

        await cut.ClickAsync("save-model");

        Assert.Equal("Give the model a name.", cut.ErrorBeside("field-name"));
        Assert.Equal("Say what the model is for (its purpose).", cut.ErrorBeside("field-purpose"));
        Assert.Null(cut.ErrorBeside("field-business-use"));
        Assert.Null(await Get<ModelQueries>().GetAsync(NewKey));
        Assert.Equal(5, (await Get<ModelQueries>().ListAsync(new PageRequest())).TotalCount);
    }

    [Fact]
    public async Task Save_WithValidInput_CreatesTheModelAndOpensIt()
    {
        var olivia = await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderNewAsync();
        await FillValidAsync(cut, NewKey);

        await cut.ClickAsync("save-model");

        var created = await Get<ModelQueries>().GetAsync(NewKey);
        Assert.NotNull(created);
        Assert.Equal("Mortgage loan-to-value", created.Name);
        Assert.Equal(olivia.Id, created.Owner.Id);
        Assert.Equal($"http://localhost/models/{NewKey}", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Save_WithTheKeyOfAnExistingModel_ShowsTheKeyError()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderNewAsync();
        await FillValidAsync(cut, "credit-default-pd");

        await cut.ClickAsync("save-model");

        Assert.Contains("already exists", cut.ErrorBeside("field-key"));
        Assert.Equal("Retail credit probability of default", (await Get<ModelQueries>().GetAsync("credit-default-pd"))!.Name);
        Assert.Equal("http://localhost/", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Edit_LoadsTheModelsCurrentValues()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = await RenderEditAsync("credit-default-pd");

        Assert.Equal("credit-default-pd", cut.ValueOf("field-key"));
        Assert.True(cut.ByTestId("field-key").HasAttribute("disabled"));
        Assert.Equal("Retail credit probability of default", cut.ValueOf("field-name"));
        Assert.StartsWith("Estimates the probability that a retail borrower defaults", cut.ValueOf("field-purpose"));
        Assert.Equal("Critical", cut.ByTestId("field-risk-tier").TextContent.Trim());
        Assert.Equal("Olivia Owens", cut.ValueOf("field-owner"));
        Assert.Equal("Sofia Alvarez", cut.ValueOf("field-backup-owner"));
    }

    [Fact]
    public async Task Save_AfterSomeoneElseChangedTheModel_ShowsTheConflictAndKeepsTheInput()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderEditAsync("credit-default-pd");
        var seen = (await Get<ModelQueries>().GetAsync("credit-default-pd"))!;
        await Get<ModelRegistry>().UpdateAsync(await Get<CurrentUser>().ActorAsync(), "credit-default-pd",
            seen.ToDetails() with { Name = "Renamed in another tab" }, seen.Revision);
        await cut.FillAsync("field-name", "My edited name");

        await cut.ClickAsync("save-model");

        Assert.Contains("Someone else changed this since you opened it", cut.ByTestId("form-error").TextContent);
        Assert.Equal("My edited name", cut.ValueOf("field-name"));
        Assert.Equal("Renamed in another tab", (await Get<ModelQueries>().GetAsync("credit-default-pd"))!.Name);
        Assert.Equal("http://localhost/", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Save_ByAModelOwnerWhoDoesNotOwnTheModel_ShowsTheRefusalAndKeepsTheInput()
    {
        await SignInAsync(DemoPeople.Marcus);
        var cut = await RenderEditAsync("credit-default-pd");
        await cut.FillAsync("field-name", "My edited name");

        await cut.ClickAsync("save-model");

        Assert.Contains("Only the owner or backup owner of credit-default-pd", cut.ByTestId("form-error").TextContent);
        Assert.Equal("My edited name", cut.ValueOf("field-name"));
        Assert.Equal("Retail credit probability of default", (await Get<ModelQueries>().GetAsync("credit-default-pd"))!.Name);
    }

    private async Task<IRenderedComponent<ModelEditor>> RenderNewAsync()
    {
        RenderPopoverProvider();
        var cut = Render<ModelEditor>();
        await cut.WaitForElementAsync("[data-testid=save-model]");
        return cut;
    }

    private async Task<IRenderedComponent<ModelEditor>> RenderEditAsync(string key)
    {
        RenderPopoverProvider();
        var cut = Render<ModelEditor>(p => p.Add(c => c.Key, key));
        await cut.WaitForElementAsync("[data-testid=save-model]");
        return cut;
    }

    // The owner is left as the editor's default, the person signed in.
    private static async Task FillValidAsync(IRenderedComponent<ModelEditor> cut, string key)
    {
        await cut.FillAsync("field-key", key);
        await cut.FillAsync("field-name", "Mortgage loan-to-value");
        await cut.FillAsync("field-purpose", "Estimates the loan-to-value ratio of a mortgage at origination.");
        await cut.FillAsync("field-business-use", "Mortgage approvals and pricing.");
    }
}
