using CompliancePortal.Web.Components.Pages.Lineage;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Lineage;

public sealed class VersionLineagePanelTests : LineageTestContext
{
    [Fact]
    public async Task ADemoVersionWithoutARun_ShowsTheMissingTrainingRunAsAWarning()
    {
        await SignInAsync(DemoPeople.Olivia);

        var cut = Render<VersionLineagePanel>(p => p.Add(x => x.ModelKey, Model).Add(x => x.Label, Version));

        Assert.Contains(cut.FindAll("[data-testid=gap]"), g => g.TextContent.Contains("No training run is linked"));
        Assert.Contains("0 training run(s)", cut.ByTestId("lineage-summary").TextContent);
        Assert.StartsWith("/lineage/explorer?node=modelversion:", cut.ByTestId("open-explorer").GetAttribute("href"));
    }
}
