using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("credit-default-pd")]
    [InlineData("model2-v10")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void IsValid_LowerCaseWordsJoinedBySingleHyphens_IsTrue(string value)
    {
        var valid = Slug.IsValid(value);

        Assert.True(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    [InlineData("Credit-pd")]
    [InlineData("credit_pd")]
    [InlineData("credit pd")]
    [InlineData("credit--pd")]
    [InlineData("-credit")]
    [InlineData("credit-")]
    [InlineData("1credit")]
    [InlineData("crédit")]
    public void IsValid_AnythingElse_IsFalse(string? value)
    {
        var valid = Slug.IsValid(value);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_WithATrailingNewline_IsFalse()
    {
        // .NET's "$" also matches before a final "\n"; domain factories such as Model.Create take the key as given.
        var valid = Slug.IsValid("credit-pd\n");

        Assert.False(valid);
    }
}
