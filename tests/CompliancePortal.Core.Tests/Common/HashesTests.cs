using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.Common;

public sealed class HashesTests
{
    private const string Sha256OfAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    [Theory]
    [InlineData(Sha256OfAbc)]
    [InlineData("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
    [InlineData("sha256:" + Sha256OfAbc)]
    [InlineData("SHA256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
    [InlineData("  " + Sha256OfAbc + "\n")]
    public void NormalizeSha256_WellFormedHash_ComesBackAsBareLowerCaseHex(string value)
    {
        var normalized = Hashes.NormalizeSha256(value);

        Assert.Equal(Sha256OfAbc, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256:")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0")]
    [InlineData("za7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("md5:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad")]
    public void NormalizeSha256_MalformedHash_IsNull(string? value)
    {
        var normalized = Hashes.NormalizeSha256(value);

        Assert.Null(normalized);
    }

    [Theory]
    [InlineData("3b18e512dba79e4c8300dd08aeb37f8e728b8dad", "3b18e512dba79e4c8300dd08aeb37f8e728b8dad")]
    [InlineData(" 3B18E512DBA79E4C8300DD08AEB37F8E728B8DAD ", "3b18e512dba79e4c8300dd08aeb37f8e728b8dad")]
    [InlineData(Sha256OfAbc, Sha256OfAbc)]
    public void NormalizeCommit_FullCommitId_ComesBackLowerCase(string value, string expected)
    {
        var normalized = Hashes.NormalizeCommit(value);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("3b18e51")]
    [InlineData("3b18e512dba79e4c8300dd08aeb37f8e728b8da")]
    [InlineData("3b18e512dba79e4c8300dd08aeb37f8e728b8dad0")]
    [InlineData("main")]
    [InlineData("HEAD")]
    public void NormalizeCommit_AbbreviationOrName_IsNull(string? value)
    {
        var normalized = Hashes.NormalizeCommit(value);

        Assert.Null(normalized);
    }

    [Theory]
    [InlineData("abc", Sha256OfAbc)]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Sha256Hex_KnownInput_GivesTheStandardDigestInLowerCase(string text, string expected)
    {
        var hash = Hashes.Sha256Hex(text);

        Assert.Equal(expected, hash);
    }

    [Fact]
    public void Sha256Hex_Text_HashesItsUtf8Bytes()
    {
        var fromText = Hashes.Sha256Hex("Zürich");

        var fromBytes = Hashes.Sha256Hex("Zürich"u8);

        Assert.Equal(fromBytes, fromText);
    }
}
