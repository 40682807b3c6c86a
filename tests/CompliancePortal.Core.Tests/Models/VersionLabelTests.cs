using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Tests.Models;

public sealed class VersionLabelTests
{
    [Theory]
    [InlineData("2")]
    [InlineData("2.1.0")]
    [InlineData("2.1.0-rc.1+build.7")]
    [InlineData("v2_1")]
    public void IsValid_LettersDigitsAndVersionPunctuation_IsTrue(string label)
    {
        var valid = VersionLabel.IsValid(label);

        Assert.True(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".2")]
    [InlineData("-rc")]
    [InlineData("2.1 beta")]
    [InlineData("2/1")]
    public void IsValid_AnythingElse_IsFalse(string? label)
    {
        var valid = VersionLabel.IsValid(label);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_SixtyFourCharacters_IsTheLongestAccepted()
    {
        var longest = new string('1', 64);

        var (atLimit, overLimit) = (VersionLabel.IsValid(longest), VersionLabel.IsValid(longest + "1"));

        Assert.True(atLimit);
        Assert.False(overLimit);
    }

    [Fact]
    public void IsValid_WithATrailingNewline_IsFalse()
    {
        var valid = VersionLabel.IsValid("2.1.0\n");

        Assert.False(valid);
    }
}
