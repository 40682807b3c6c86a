using CompliancePortal.Core.ModelCards;
using Markdig.Syntax;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class HuggingFaceSectionsTests
{
    [Theory]
    [InlineData("## Uses", "## Purpose and intended use")]
    [InlineData("## Direct Use", "## Purpose and intended use")]
    [InlineData("## Intended uses & limitations", "## Purpose and intended use")]
    [InlineData("## Training Details", "## Training data")]
    [InlineData("## Training and evaluation data", "## Training data")]
    [InlineData("## Results", "## Evaluation")]
    [InlineData("## Bias, Risks, and Limitations", "## Known limitations")]
    [InlineData("## Limitations", "## Known limitations")]
    [InlineData("### Out-of-Scope Use", "### Out-of-scope use")]
    [InlineData("### Recommendations", "### Caveats and recommendations")]
    [InlineData("## Bias and fairness", "## Fairness analysis")]
    [InlineData("## Fairness:", "## Fairness analysis")]
    [InlineData("## training data", "## Training data")]
    public void MapSections_RenamesAKnownHeadingToThePortalSection(string heading, string expected)
    {
        var markdown = $"# Title\n\n{heading}\n\nSome text stays as it is.\n";

        var mapped = HuggingFaceCard.MapSections(markdown);

        Assert.Equal($"# Title\n\n{expected}\n\nSome text stays as it is.\n", mapped);
    }

    [Fact]
    public void MapSections_KeepsUnmappedSectionsAndAllContentVerbatim()
    {
        var markdown = "## How to Get Started with the Model\n\n```python\nprint(1)\n```\n\n## Citation\n\n**BibTeX:** none\n";

        var mapped = HuggingFaceCard.MapSections(markdown);

        Assert.Equal(markdown, mapped);
    }

    [Fact]
    public void MapSections_OfTheHubTemplate_GivesEachPortalSectionToOneHeading()
    {
        var markdown = HuggingFaceCard.Parse(CardSamples.HuggingFaceReadme).Markdown;

        var mapped = HuggingFaceCard.MapSections(markdown);

        Assert.Equal(
        [
            "1:Model Card for complaint-router", "2:Model Details", "3:Model Description",
            "2:Purpose and intended use", "3:Direct Use", "3:Downstream Use [optional]", "3:Out-of-scope use",
            "2:Known limitations", "3:Caveats and recommendations",
            "2:How to Get Started with the Model",
            "2:Training Details", "3:Training data", "3:Training Procedure",
            "2:Evaluation", "3:Results",
            "2:Fairness analysis",
            "2:Citation",
        ], Headings(mapped));
    }

    [Fact]
    public void MapSections_OfTheHubTemplate_MakesItsContentCountTowardsCompleteness()
    {
        var markdown = HuggingFaceCard.Parse(CardSamples.HuggingFaceReadme).Markdown;

        var report = CardCompleteness.Evaluate(HuggingFaceCard.MapSections(markdown), CardTemplate.Default);

        Assert.True(report.IsComplete, string.Join(", ", report.Sections.Select(s => $"{s.Name}={s.State}")));
        Assert.False(CardCompleteness.Evaluate(markdown, CardTemplate.Default).IsComplete);
    }

    [Fact]
    public void MapSections_WhenThePortalSectionIsAlreadyThere_LeavesTheOtherHeadingAlone()
    {
        var markdown = "## Limitations\n\nShort.\n\n## Known limitations\n\nLonger.\n";

        var mapped = HuggingFaceCard.MapSections(markdown);

        Assert.Equal(markdown, mapped);
    }

    [Fact]
    public void MapSections_ASetextHeading_BecomesAnAtxHeadingOfTheSameLevel()
    {
        var markdown = "Uses\n----\n\nText.\n";

        var mapped = HuggingFaceCard.MapSections(markdown);

        Assert.Equal("## Purpose and intended use\n\nText.\n", mapped);
    }

    [Fact]
    public void MapSections_IgnoresHeadingLikeTextInCodeBlocks()
    {
        var markdown = "```\n## Uses\n```\n";

        var mapped = HuggingFaceCard.MapSections(markdown);

        Assert.Equal(markdown, mapped);
    }

    private static List<string> Headings(string markdown) =>
        [.. CardMarkdown.Parse(markdown).OfType<HeadingBlock>().Select(h => $"{h.Level}:{CardTextOf(h)}")];

    private static string CardTextOf(HeadingBlock heading) => string.Concat(heading.Inline!.Select(i => i.ToString()));
}
