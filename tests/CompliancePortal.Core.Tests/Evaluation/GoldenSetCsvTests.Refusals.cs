using System.Text;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed partial class GoldenSetCsvTests
{
    [Theory]
    [InlineData("", "FeatureColumns")]
    [InlineData(" ", "LabelColumn")]
    public void Read_WithBlankColumnNames_IsRefused(string name, string field)
    {
        using var csv = Csv(Loans);
        string[] features = field == "FeatureColumns" ? ["age", name] : ["age"];
        var label = field == "LabelColumn" ? name : "default";

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, label, features));

        Assert.Equal(field, Assert.Single(refused.Errors).Key);
    }

    [Fact]
    public void Read_ANonNumericFeature_IsRefusedNamingTheRowAndColumn()
    {
        using var csv = Csv("age,income,default\n34,52000,0\n51,n/a,1\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.StartsWith("Row 2 (line 3), column \"income\" has \"n/a\", which is not a number.", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_AFeatureWithADecimalComma_IsRefused()
    {
        using var csv = Csv("age,income,default\n34,\"52000,5\",0\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.Contains("with a dot as the decimal separator", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_ANonNumericLabel_IsRefusedAskingForNumericClasses()
    {
        using var csv = Csv("age,income,default\n34,52000,no\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        var message = Assert.Single(refused.Errors["File"]);
        Assert.StartsWith("Row 1 (line 2), column \"default\" has \"no\"", message);
        Assert.Contains("such as 0 and 1", message);
    }

    [Fact]
    public void Read_AnEmptyCell_IsRefusedAsEmpty()
    {
        using var csv = Csv("age,income,default\n34,52000,0\n35,,1\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.StartsWith("Row 2 (line 3), column \"income\" is empty.", Assert.Single(refused.Errors["File"]));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e39")]
    public void Read_AFeatureThatIsNotFinite_IsRefused(string value)
    {
        using var csv = Csv($"age,income,default\n34,{value},0\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.Contains("no missing values, NaN or infinity", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_ALabelThatIsNotFinite_IsRefused()
    {
        using var csv = Csv("age,income,default\n34,1,-Infinity\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.Contains("column \"default\"", Assert.Single(refused.Errors["File"]));
    }

    [Theory]
    [InlineData("34,52000\n", 2)]
    [InlineData("34,52000,0,extra\n", 4)]
    public void Read_ARaggedRow_IsRefusedWithBothCounts(string row, int count)
    {
        using var csv = Csv("age,income,default\n51,38000,1\n" + row);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.StartsWith($"Row 2 (line 3) has {count} values, but the header has 3 columns", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_AnUnclosedQuote_IsRefusedRatherThanMergingRows()
    {
        using var csv = Csv("age,income,default\n34,\"52000,0\n51,38000,1\n");

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features));

        Assert.Contains("not valid CSV", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_MoreRowsThanTheMaximum_IsRefused()
    {
        using var csv = Csv(Loans);

        var refused = Assert.Throws<ValidationFailedException>(() => GoldenSetCsv.Read(csv, "default", Features, maxRows: 2));

        Assert.StartsWith("The file has more than 2 rows", Assert.Single(refused.Errors["File"]));
    }

    [Fact]
    public void Read_ExactlyTheMaximumRows_IsAccepted()
    {
        using var csv = Csv(Loans);

        var table = GoldenSetCsv.Read(csv, "default", Features, maxRows: 3);

        Assert.Equal(3, table.RowCount);
    }

    [Fact]
    public void DefaultMaximum_IsAMillionRows()
    {
        var maximum = GoldenSetCsv.DefaultMaxRows;

        Assert.Equal(1_000_000, maximum);
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
