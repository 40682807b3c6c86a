using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Pages.Models;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CompliancePortal.Web.Tests.Models;

public sealed class VersionRegisterTests : PortalTestContext
{
    private const string ModelKey = "card-fraud-score";

    [Fact]
    public async Task Save_WithEmptyFields_ShowsTheFieldErrorsAndRegistersNothing()
    {
        await SignInAsync(DemoPeople.Marcus);
        var (cut, _) = await RenderRegisterAsync();

        await cut.ClickAsync("save-version");

        Assert.Contains("is not valid", cut.ErrorBeside("field-label"));
        Assert.Equal("The artifact SHA-256 must be 64 hexadecimal digits.", cut.ErrorBeside("field-artifact-sha"));
        Assert.StartsWith("The code commit must be a full git commit id", cut.ErrorBeside("field-commit"));
        Assert.StartsWith("A model version must name the dataset versions it was trained on", cut.ErrorBeside("field-datasets"));
        Assert.Equal(2, (await Get<ModelQueries>().ListVersionsAsync(ModelKey, new PageRequest())).TotalCount);
    }

    [Fact]
    public async Task Save_WithAValidRegistration_RegistersTheVersionAndOpensIt()
    {
        await SignInAsync(DemoPeople.Marcus);
        var (cut, popovers) = await RenderRegisterAsync();
        await cut.FillAsync("field-label", "4.2.0");
        await cut.FillAsync("field-artifact-uri", "s3://contoso-models/card-fraud-score/4.2.0/model.onnx");
        await cut.FillAsync("field-artifact-sha", Valid.Sha256);
        await cut.FillAsync("field-env-lock", Valid.EnvironmentLockHash);
        await cut.FillAsync("field-repo", "https://git.contoso.example/mrm/card-fraud-score.git");
        await cut.FillAsync("field-commit", Valid.Commit);
        await ChooseDatasetVersionAsync(cut, popovers, "card-authorisations@2026-10-31");

        await cut.ClickAsync("save-version");

        var registered = await Get<ModelQueries>().GetVersionAsync(ModelKey, "4.2.0");
        Assert.NotNull(registered);
        Assert.Equal(["card-authorisations@2026-10-31"], registered.Datasets.Select(d => d.Reference));
        Assert.Equal(Valid.Commit, registered.CodeCommit);
        Assert.Equal($"http://localhost/models/{ModelKey}/versions/4.2.0", Get<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Save_ByAModelOwnerWhoDoesNotOwnTheModel_ShowsTheRefusal()
    {
        await SignInAsync(DemoPeople.Olivia);
        var (cut, _) = await RenderRegisterAsync("aml-transaction-monitoring");

        await cut.ClickAsync("save-version");

        Assert.Contains("Only the owner or backup owner of aml-transaction-monitoring", cut.ByTestId("form-error").TextContent);
        Assert.Equal(2, (await Get<ModelQueries>().ListVersionsAsync("aml-transaction-monitoring", new PageRequest())).TotalCount);
    }

    private async Task<(IRenderedComponent<VersionRegister> Page, IRenderedComponent<MudPopoverProvider> Popovers)> RenderRegisterAsync(
        string key = ModelKey)
    {
        var popovers = RenderPopoverProvider();
        var cut = Render<VersionRegister>(p => p.Add(c => c.Key, key));
        await cut.WaitForElementAsync("[data-testid=save-version]");
        return (cut, popovers);
    }

    // Chooses through the MudSelect as a person would: open its list (rendered in the popover provider), click the option.
    private static async Task ChooseDatasetVersionAsync(IRenderedComponent<VersionRegister> cut,
        IRenderedComponent<MudPopoverProvider> popovers, string reference)
    {
        await cut.Field("field-datasets").MouseDownAsync(new MouseEventArgs());
        var option = popovers.WaitForElements(".mud-popover-open [role=option]")
            .Single(o => o.TextContent.Contains(reference, StringComparison.Ordinal));
        await option.ClickAsync(new MouseEventArgs());
    }
}
