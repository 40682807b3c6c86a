using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class CardContentHashTests
{
    private const string Markdown = "## Evaluation\n\nAUC 0.81 on the golden set.\n";

    [Fact]
    public void Compute_IsTheSha256OfTheCanonicalText()
    {
        var metadata = CardMetadata.FromYaml("license: mit\n");

        var hash = CardContentHash.Compute(Markdown, metadata);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(Hashes.Sha256Hex(CardContentHash.Canonical(Markdown, metadata)), hash);
        Assert.Equal("""["model-card/1","license: mit\n","## Evaluation\n\nAUC 0.81 on the golden set.\n"]""", CardContentHash.Canonical(Markdown, metadata));
    }

    [Fact]
    public void Compute_IgnoresLineEndings()
    {
        var windows = Markdown.ReplaceLineEndings("\r\n");

        var hash = CardContentHash.Compute(windows);

        Assert.Equal(CardContentHash.Compute(Markdown), hash);
    }

    [Theory]
    [InlineData("## Evaluation\n\nAUC 0.82 on the golden set.\n")]
    [InlineData("## Evaluation\n\nAUC 0.81 on the golden set. \n")]
    [InlineData("## Evaluation\n\nAUC 0.81 on the golden set.")]
    public void Compute_ChangesWithAnyChangeOfContent(string changed)
    {
        var hash = CardContentHash.Compute(changed);

        Assert.NotEqual(CardContentHash.Compute(Markdown), hash);
    }

    [Fact]
    public void Compute_ChangesWithTheMetadata()
    {
        var mit = CardMetadata.FromYaml("license: mit\n");
        var apache = CardMetadata.FromYaml("license: apache-2.0\n");

        var hash = CardContentHash.Compute(Markdown, apache);

        Assert.NotEqual(CardContentHash.Compute(Markdown, mit), hash);
        Assert.NotEqual(CardContentHash.Compute(Markdown), hash);
    }

    [Fact]
    public void Compute_DoesNotDependOnHowTheSameMetadataWasLaidOut()
    {
        var block = CardMetadata.FromYaml("tags:\n  - a\n  - b\nlicense: 'mit'  # comment\n");
        var flow = CardMetadata.FromYaml("tags: [a, b]\nlicense: mit\n");

        var hash = CardContentHash.Compute(Markdown, block);

        Assert.Equal(CardContentHash.Compute(Markdown, flow), hash);
    }

    [Fact]
    public void Compute_WithNoMetadata_EqualsEmptyMetadata()
    {
        var hash = CardContentHash.Compute(Markdown);

        Assert.Equal(CardContentHash.Compute(Markdown, CardMetadata.Empty), hash);
    }
}
