using CompliancePortal.Core.Models;
using CompliancePortal.Web.Components.Pages.Models;
using CompliancePortal.Web.Tests.Builders;

namespace CompliancePortal.Web.Tests.Models;

public sealed class VersionDetailTests : PortalTestContext
{
    [Fact]
    public async Task Render_ShowsThePins()
    {
        await SignInAsync(DemoPeople.Henrik);
        var stored = (await Get<ModelQueries>().GetVersionAsync("credit-default-pd", "2.0.0"))!;

        var cut = await RenderVersionAsync("credit-default-pd", "2.0.0");

        var pins = Pins(cut);
        Assert.Equal("s3://contoso-models/credit-default-pd/2.0.0/model.onnx", pins["Artifact"]);
        Assert.Equal(stored.ArtifactSha256, pins["Artifact SHA-256"]);
        Assert.Equal($"https://git.contoso.example/mrm/credit-default-pd.git at {stored.CodeCommit}", pins["Code"]);
        Assert.Equal(stored.EnvironmentLockHash, pins["Environment lock SHA-256"]);
        Assert.EndsWith("by Olivia Owens", pins["Registered"]);
        Assert.Equal("Adds bureau attributes, a new data source.", pins["Notes"]);
    }

    [Fact]
    public async Task Render_ShowsTheDatasetsWithTheirSourceSystems()
    {
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderVersionAsync("credit-default-pd", "2.0.0");

        Assert.Equal(
            [
                ("bureau-credit-attributes@2026-06-30", "Credit bureau feed"),
                ("loan-applications@2026-06-30", "Core banking database"),
                ("loan-repayment-history@2026-06-30", "Core banking database"),
            ],
            cut.TableRows("[data-testid=version-datasets]").Select(cells => (cells[0], cells[1])));
    }

    private async Task<IRenderedComponent<VersionDetail>> RenderVersionAsync(string key, string label)
    {
        var cut = Render<VersionDetail>(p => p.Add(c => c.Key, key).Add(c => c.Label, label));
        await cut.WaitForElementAsync("[data-testid=version-title]");
        return cut;
    }

    private static Dictionary<string, string> Pins(IRenderedComponent<VersionDetail> cut) =>
        cut.FindAll("[data-testid=version-pins] tr").ToDictionary(
            row => row.QuerySelector("th")!.TextContent.Trim(),
            row => row.QuerySelector("td")!.TextContent.Trim());
}
