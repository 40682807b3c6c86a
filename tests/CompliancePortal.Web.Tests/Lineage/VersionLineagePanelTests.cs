using System.Text;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Models;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Web.Components.Pages.Lineage;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task ARunThatWroteTheArtifactBeforeRegistration_IsOfferedAndLinkedByTheOwner()
    {
        var olivia = await ActorAsync(DemoPeople.Olivia);
        const string artifact = "s3://contoso-models/credit-default-pd/9.0.0/model.onnx";
        await Get<LineageIngestion>().ReceiveAsync(olivia, Encoding.UTF8.GetBytes(
            OpenLineageEvents.Training("COMPLETE", Guid.NewGuid(), T0, "features/loans", artifact).ToJsonString()));
        Guid pinned;
        await using (var db = await OpenDatabaseAsync())
        {
            pinned = await db.ModelVersionDatasets.Where(d => d.ModelVersionId == db.ModelVersions.Single(v => v.Model!.Key == Model && v.Label == Version).Id)
                .Select(d => d.DatasetVersionId).FirstAsync();
        }
        await Get<ModelRegistry>().RegisterVersionAsync(olivia, Model, new VersionRegistration("9.0.0", artifact, new string('a', 64),
            "https://git.example.com/risk/credit-pd.git", OpenLineageEvents.Commit, new string('c', 64), ChangeClass.Major, [pinned]));
        await SignInAsync(DemoPeople.Olivia);
        var cut = Render<VersionLineagePanel>(p => p.Add(x => x.ModelKey, Model).Add(x => x.Label, "9.0.0"));
        var offered = cut.FindAll("[data-testid=link-candidate]").Count;

        await cut.ClickAsync("link-run");

        Assert.Equal(1, offered);
        Assert.Contains("1 training run(s)", cut.ByTestId("lineage-summary").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=link-candidate]"));
        Assert.DoesNotContain(cut.FindAll("[data-testid=gap]"), g => g.TextContent.Contains("No training run is linked"));
    }
}
