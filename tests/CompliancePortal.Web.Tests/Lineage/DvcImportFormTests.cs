using Bunit;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Web.Components.Pages.Lineage;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components.Forms;

namespace CompliancePortal.Web.Tests.Lineage;

public sealed class DvcImportFormTests : LineageTestContext
{
    private const string Commit = "9c2e7b1d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e";

    [Fact]
    public async Task UploadingALockFile_ImportsItsStages_AndASecondImportSaysNothingIsNew()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = Render<DvcImportForm>();
        await cut.FillAsync("dvc-repository", "https://git.example.com/risk/credit-pd.git");
        await cut.FillAsync("dvc-commit", Commit);
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(DvcLockFiles.Pipeline(), "dvc.lock"));

        await cut.ClickAsync("dvc-import");
        var first = cut.ByTestId("dvc-result").TextContent.Trim();
        await cut.ClickAsync("dvc-import");

        Assert.Equal("Imported 3 stages and 5 dataset versions.", first);
        Assert.Equal("Nothing new: these 3 stages at this commit were already imported.", cut.ByTestId("dvc-result").TextContent.Trim());
    }

    [Fact]
    public async Task AnAbbreviatedCommit_IsShownBesideTheField()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = Render<DvcImportForm>();
        await cut.FillAsync("dvc-repository", "https://git.example.com/risk/credit-pd.git");
        await cut.FillAsync("dvc-commit", "9c2e7b1");
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(DvcLockFiles.Pipeline(), "dvc.lock"));

        await cut.ClickAsync("dvc-import");

        Assert.Contains("full commit id", cut.ErrorBeside("dvc-commit"));
        Assert.Empty(cut.FindAll("[data-testid=dvc-result]"));
    }
}
