using System.Text;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

/// <summary>Reading golden-set CSV files: what is read and how; the refusals of bad values are in the partial beside it.</summary>
public sealed partial class GoldenSetCsvTests
{
    private const string Loans = """
        id,income,debt_ratio,age,default
        a1,52000,0.31,34,0
        a2,38000.5,0.52,51,1
        a3,71000,0.12,29,0
        """;

    private static readonly string[] Features = ["age", "income"];

    [Fact]
    public void Read_AValidFile_GivesTheFeaturesRowMajorInTheOrderAskedFor()
    {
        using var csv = Csv(Loans);

        var table = GoldenSetCsv.Read(csv, "default", Features);

        Assert.Equal(3, table.RowCount);
        Assert.Equal(Features, table.FeatureColumns);
        Assert.Equal("default", table.LabelColumn);
        Assert.Equal([34f, 52000f, 51f, 38000.5f, 29f, 71000f], table.Features);
        Assert.Equal([0.0, 1.0, 0.0], table.Labels);
        Assert.Equal([51f, 38000.5f], table.Row(1).ToArray());
    }

    [Fact]
    public void Read_HashesTheExactBytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Loans);
        using var csv = new MemoryStream(bytes);

        var table = GoldenSetCsv.Read(csv, "default", Features);

        Assert.Equal(Hashes.Sha256Hex(bytes), table.ContentHash);
        Assert.Equal(bytes.Length, csv.Position);
    }

    [Fact]
    public void Read_TheSameDataWithOtherLineEndings_IsAnotherVersion()
    {
        using var unix = Csv(Loans.ReplaceLineEndings("\n"));
        using var windows = Csv(Loans.ReplaceLineEndings("\r\n"));

        var first = GoldenSetCsv.Read(unix, "default", Features);
        var second = GoldenSetCsv.Read(windows, "default", Features);

        Assert.Equal(first.Features, second.Features);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public void Read_HashesTrailingBlankLinesToo()
    {
        var bytes = Encoding.UTF8.GetBytes(Loans + "\n\n\n");
        using var csv = new MemoryStream(bytes);

        var table = GoldenSetCsv.Read(csv, "default", Features);

        Assert.Equal(3, table.RowCount);
        Assert.Equal(Hashes.Sha256Hex(bytes), table.ContentHash);
    }

    [Fact]
    public void Read_WithAByteOrderMarkQuotesAndSpaces_ReadsTheValues()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\"age\", income ,default\r\n\"34\", 1.5e3 ,1\r\n")).ToArray();
        using var csv = new MemoryStream(bytes);

        var table = GoldenSetCsv.Read(csv, "default", Features);

        Assert.Equal([34f, 1500f], table.Features);
        Assert.Equal(Hashes.Sha256Hex(bytes), table.ContentHash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("   \r\n")]
    [InlineData("\"\"\n")]
    public void Read_AnEmptyFile_IsRefused(string content)
    {
        using var csv = Csv(content);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.StartsWith("The file is empty", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_AFileWithoutAHeader_IsRefused()
    {
        using var csv = Csv("34,52000,0\n51,38000,1\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.Contains("needs a header row", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_AHeaderWithoutRows_IsRefused()
    {
        using var csv = Csv("age,income,default\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.Contains("no rows", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_WithoutTheLabelColumn_IsRefusedListingTheColumnsThatExist()
    {
        using var csv = Csv(Loans);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "defaulted", Features));

        Assert.Equal(
            "The file has no column \"defaulted\". Its columns are: \"id\", \"income\", \"debt_ratio\", \"age\", \"default\".",
            Assert.Single(refused.Errors["LabelColumn"]));
    }

    [Fact]
    public void Read_WithoutAFeatureColumn_IsRefusedNamingIt()
    {
        using var csv = Csv(Loans);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", ["age", "tenure"]));

        Assert.StartsWith("The file has no column \"tenure\".", Assert.Single(refused.Errors["FeatureColumns"]));
    }

    [Fact]
    public void Read_WithSeveralColumnsMissing_ReportsThemAllAtOnce()
    {
        using var csv = Csv(Loans);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "target", ["age", "tenure", "region"]));

        Assert.Single(refused.Errors["LabelColumn"]);
        Assert.Equal(2, refused.Errors["FeatureColumns"].Length);
    }

    [Fact]
    public void Read_WithAColumnNameInAnotherCase_SuggestsTheFilesName()
    {
        using var csv = Csv(Loans);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", ["Age"]));

        Assert.Contains("Did you mean \"age\"?", Assert.Single(refused.Errors["FeatureColumns"]));
    }

    [Fact]
    public void Read_WithARequestedColumnThatTheHeaderNamesTwice_IsRefused()
    {
        using var csv = Csv("age,income,age,default\n1,2,3,0\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.Contains("2 columns \"age\"", Assert.Single(refused.Errors["FeatureColumns"]));
    }

    [Fact]
    public void Read_WithAnUnrequestedColumnNamedTwice_IsAccepted()
    {
        using var csv = Csv("note,age,income,note,default\nx,1,2,y,0\n");

        var table = GoldenSetCsv.Read(csv, "default", Features);

        Assert.Equal([1f, 2f], table.Features);
    }

    [Fact]
    public void Read_WithTheLabelAmongTheFeatures_IsRefusedBeforeReading()
    {
        using var csv = Csv(Loans);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", ["age", "default"]));

        Assert.Contains("cannot also be a feature", Assert.Single(refused.Errors["FeatureColumns"]));
    }
}
