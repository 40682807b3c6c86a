using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;

namespace CompliancePortal.Core.Tests.Lineage;

public sealed class LineageKeysTests
{
    [Theory]
    [InlineData("postgres://core-banking.internal:5432")]
    [InlineData("analytics.credit.applicant_features")]
    [InlineData("/tmp/2026/11/x.parquet")]
    [InlineData("s3://a-very-long-bucket-name-for-the-lake/with/a/very/long/path/that/goes/on/and/on/features.parquet")]
    [InlineData("___")]
    public void AKeyForAnyExternalName_IsAValidSlug(string name)
    {
        Assert.True(Slug.IsValid(LineageKeys.For(name)), LineageKeys.For(name));
    }

    [Fact]
    public void NamesThatSlugTheSame_GetDifferentKeys()
    {
        Assert.NotEqual(LineageKeys.For("a.b"), LineageKeys.For("a_b"));
    }

    [Fact]
    public void AnExternalVersionThatIsNotALabel_GetsAStableDerivedLabel()
    {
        Assert.Equal("2026-11-19", DatasetVersion.LabelFor("2026-11-19"));
        Assert.Equal(DatasetVersion.LabelFor("snapshot 2026-11-20T02:00"), DatasetVersion.LabelFor("snapshot 2026-11-20T02:00"));
        Assert.StartsWith("v-", DatasetVersion.LabelFor("snapshot 2026-11-20T02:00"));
    }
}
