using System.Text;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Components.Pages.Evaluation;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.AspNetCore.Components.Forms;

namespace CompliancePortal.Web.Tests.Evaluation;

public sealed class GoldenSetsPageTests : EvaluationTestContext
{
    private static readonly string[] WriteActions = ["new-golden-set", "upload-version", "show-register-uri"];

    [Fact]
    public async Task TheOwner_CreatesAGoldenSetWithItsColumnsAndThresholds()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPageAsync();
        await cut.ClickAsync("new-golden-set");

        await cut.FillAsync("field-name", GoldenSetName);
        await cut.FillAsync("field-label-column", "defaulted");
        await cut.FillAsync("field-feature-columns", "income, debt_ratio");
        await cut.ByTestId("metric-accuracy").ChangeAsync(new() { Value = true });
        await cut.FillAsync("threshold-accuracy", "0.85");
        await cut.ClickAsync("create-golden-set");

        var set = (await Get<EvaluationQueries>().GoldenSetsAsync(Model)).Single();
        Assert.Equal(GoldenSetName, set.Name);
        Assert.Equal("defaulted", set.LabelColumn);
        Assert.Equal(["income", "debt_ratio"], set.FeatureColumns);
        Assert.Equal([new MetricDefinition(MetricKind.Accuracy, 0.85)], set.Metrics);
        cut.WaitForAssertion(() => Assert.Contains("accuracy ≥ 0.85", cut.ByTestId("golden-set-definition").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=new-golden-set-form]"));
    }

    [Fact]
    public async Task Create_WithoutColumnsOrMetrics_ShowsTheMessagesBesideTheFieldsAndWritesNothing()
    {
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPageAsync();
        await cut.ClickAsync("new-golden-set");
        await cut.FillAsync("field-name", GoldenSetName);

        await cut.ClickAsync("create-golden-set");

        Assert.Equal("Name the column that holds the true value (the label) of each row.", cut.ErrorBeside("field-label-column"));
        Assert.Equal("Name at least one feature column: the inputs the model is scored on.", cut.ErrorBeside("field-feature-columns"));
        Assert.StartsWith("Choose at least one metric", cut.ByTestId("metrics-error").TextContent);
        Assert.Empty(await Get<EvaluationQueries>().GoldenSetsAsync(Model));
    }

    [Fact]
    public async Task TheOwner_UploadsACsvAsTheFirstVersion()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPageAsync();

        await UploadAsync(cut, Csv);

        var version = (await Get<EvaluationQueries>().VersionsAsync(Model, GoldenSetName)).Single();
        Assert.Equal((1, GoldenSetSource.Upload, 3), (version.Number, version.Source, version.RowCount));
        cut.WaitForAssertion(() => Assert.Single(cut.TableRows("[data-testid=golden-set-versions]")));
        var row = cut.TableRows("[data-testid=golden-set-versions]")[0];
        Assert.StartsWith("1", row[0]);
        Assert.Contains("current", row[0]);
        Assert.Equal($"Uploaded ({Encoding.UTF8.GetByteCount(Csv)} bytes)", row[1]);
        Assert.StartsWith(version.ContentHash[..12], row[2]);
        Assert.Equal("3", row[3]);
        Assert.StartsWith("Olivia Owens", row[4]);
    }

    [Fact]
    public async Task ABadCsv_ShowsTheMessageBesideTheUploadAndAddsNoVersion()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPageAsync();

        await UploadAsync(cut, "income,debt_ratio,defaulted\n52000,0.31,0\n18000,high,1\n");

        Assert.Contains("column \"debt_ratio\"", cut.ByTestId("upload-error").TextContent);
        Assert.Empty(await Get<EvaluationQueries>().VersionsAsync(Model, GoldenSetName));
        Assert.Equal(0, (await Get<EvaluationQueries>().GoldenSetAsync(Model, GoldenSetName)).CurrentVersion);
        Assert.NotNull(cut.ByTestId("no-versions"));
    }

    [Fact]
    public async Task ACsvWithoutTheLabelColumn_SaysSoBesideTheUpload()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPageAsync();

        await UploadAsync(cut, "income,debt_ratio\n52000,0.31\n");

        Assert.Contains("The file has no column \"defaulted\"", cut.ByTestId("upload-error").TextContent);
        Assert.Empty(await Get<EvaluationQueries>().VersionsAsync(Model, GoldenSetName));
    }

    [Fact]
    public async Task AComplianceOfficer_RegistersAVersionByUriAndHash()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Priya);
        var cut = await RenderPageAsync();
        await cut.ClickAsync("show-register-uri");

        await cut.FillAsync("field-uri", "s3://golden/credit/holdout-2026.csv");
        await cut.FillAsync("field-sha256", new string('a', 64));
        await cut.ClickAsync("register-uri");

        var version = (await Get<EvaluationQueries>().VersionsAsync(Model, GoldenSetName)).Single();
        Assert.Equal((GoldenSetSource.RegisteredUri, "s3://golden/credit/holdout-2026.csv", new string('a', 64)), (version.Source, version.Uri, version.ContentHash));
    }

    [Fact]
    public async Task RegisterByUri_WithAShortHash_ShowsTheMessageBesideTheHashAndAddsNoVersion()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Olivia);
        var cut = await RenderPageAsync();
        await cut.ClickAsync("show-register-uri");

        await cut.FillAsync("field-uri", "s3://golden/credit/holdout-2026.csv");
        await cut.FillAsync("field-sha256", "abc123");
        await cut.ClickAsync("register-uri");

        Assert.StartsWith("The SHA-256 must be 64 hexadecimal digits", cut.ErrorBeside("field-sha256"));
        Assert.Null(cut.ErrorBeside("field-uri"));
        Assert.Empty(await Get<EvaluationQueries>().VersionsAsync(Model, GoldenSetName));
    }

    [Fact]
    public async Task AnAuditor_ReadsTheGoldenSetsButIsOfferedNothingToWrite()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await UploadVersionAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Henrik);

        var cut = await RenderPageAsync();

        var definition = cut.ByTestId("golden-set-definition").TextContent;
        Assert.Contains("defaulted", definition);
        Assert.Contains("debt_ratio", definition);
        Assert.Contains("accuracy ≥ 0.8", definition);
        Assert.Contains("ROC AUC ≥ 0.75", definition);
        Assert.Single(cut.TableRows("[data-testid=golden-set-versions]"));
        Assert.All(WriteActions, id => Assert.Empty(cut.FindAll($"[data-testid={id}]")));
    }

    [Fact]
    public async Task AModelOwnerWhoDoesNotOwnTheModel_IsOfferedNothingToWrite()
    {
        await RegisterGoldenSetAsync(DemoPeople.Olivia);
        await SignInAsync(DemoPeople.Marcus);

        var cut = await RenderPageAsync();

        Assert.All(WriteActions, id => Assert.Empty(cut.FindAll($"[data-testid={id}]")));
    }

    private async Task<IRenderedComponent<GoldenSetsPage>> RenderPageAsync()
    {
        var cut = Render<GoldenSetsPage>(p => p.Add(c => c.Key, Model));
        await cut.WaitForElementAsync("[data-testid=golden-sets], [data-testid=empty-state]");
        return cut;
    }

    private static async Task UploadAsync(IRenderedComponent<GoldenSetsPage> cut, string csv)
    {
        await cut.InvokeAsync(() => cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "golden.csv")));
        cut.WaitForState(() => !cut.ByTestId("upload-version").HasAttribute("disabled"));
    }
}
