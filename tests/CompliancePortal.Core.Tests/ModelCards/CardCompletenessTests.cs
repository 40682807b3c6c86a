using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class CardCompletenessTests
{
    private static readonly CardTemplate Template = CardTemplate.Default;

    [Fact]
    public void Evaluate_ACardWithEveryRequiredSectionFilledIn_IsComplete()
    {
        var markdown = CardSamples.Complete();

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.True(report.IsComplete);
        Assert.All(report.Sections, s => Assert.Equal(SectionState.Present, s.State));
        Assert.Empty(report.Gaps);
    }

    [Fact]
    public void Evaluate_ReportsEveryTemplateSectionInTemplateOrder()
    {
        var markdown = "## Fairness analysis\n\n" + CardSamples.Substantive;

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(Template.Sections.Select(s => (s.Name, s.Required)), report.Sections.Select(s => (s.Name, s.Required)));
    }

    [Fact]
    public void Evaluate_ANewCardFromTheTemplate_IsAllPlaceholders()
    {
        var markdown = Template.Markdown("Credit default PD", "2.1.0");

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.False(report.IsComplete);
        Assert.All(report.Sections, s => Assert.Equal(SectionState.Placeholder, s.State));
    }

    [Fact]
    public void Evaluate_WithoutAHeadingForASection_ReportsItMissing()
    {
        var markdown = string.Concat(Template.Sections.Where(s => s.Name != "Evaluation").Select(s => $"## {s.Name}\n\n{CardSamples.Substantive}\n\n"));

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Missing, State(report, "Evaluation"));
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Evaluate_AHeadingFollowedByAnotherOfTheSameLevel_IsEmpty()
    {
        var markdown = "## Evaluation\n\n## Known limitations\n\n" + CardSamples.Substantive;

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Empty, State(report, "Evaluation"));
        Assert.Equal(SectionState.Present, State(report, "Known limitations"));
    }

    [Fact]
    public void Evaluate_AHeadingFollowedByAHigherLevelHeading_IsEmpty()
    {
        var markdown = "### Evaluation\n\n## Appendix\n\n" + CardSamples.Substantive;

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Empty, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_AHeadingWithOnlyARuleUnderIt_IsEmpty()
    {
        var markdown = "## Evaluation\n\n---\n\n## Known limitations\n";

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Empty, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_ContentUnderSubHeadings_CountsForTheSection()
    {
        var markdown = "## Evaluation\n\n### Golden set\n\n" + CardSamples.Substantive + "\n\n#### Metrics\n\nAUC 0.81.\n\n## Known limitations\n";

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Present, State(report, "Evaluation"));
        Assert.Equal(SectionState.Empty, State(report, "Known limitations"));
    }

    [Fact]
    public void Evaluate_ASectionWithOnlyASubHeading_HasContentButTooLittle()
    {
        var markdown = "## Evaluation\n\n### Metrics\n\n## Known limitations\n";

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.TooShort, State(report, "Evaluation"));
    }

    [Theory]
    [InlineData("## evaluation")]
    [InlineData("## EVALUATION:")]
    [InlineData("### Evaluation.")]
    [InlineData("###### Evaluation")]
    [InlineData("##   Evaluation  ##")]
    [InlineData("## *Evaluation*")]
    [InlineData("Evaluation\n----------")]
    public void Evaluate_MatchesHeadingsIgnoringCaseLevelEmphasisAndTrailingPunctuation(string heading)
    {
        var markdown = heading + "\n\n" + CardSamples.Substantive;

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Present, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_ATitleLevelHeading_IsNotASection()
    {
        var markdown = "# Evaluation\n\n" + CardSamples.Substantive;

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Missing, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_AHeadingInsideACodeBlockOrQuote_IsNotASection()
    {
        var markdown = "## Notes\n\n```markdown\n## Evaluation\n\n" + CardSamples.Substantive + "\n```\n\n> ## Training data\n>\n> " + CardSamples.Substantive + "\n";

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Missing, State(report, "Evaluation"));
        Assert.Equal(SectionState.Missing, State(report, "Training data"));
    }

    [Fact]
    public void Evaluate_TheTemplatePlaceholderInAnotherEmphasisAndLayout_IsStillAPlaceholder()
    {
        var placeholder = Template.Sections.Single(s => s.Name == "Evaluation").Placeholder;
        var rewrapped = "**" + placeholder.Replace(": ", ":\n", StringComparison.Ordinal) + "**";

        var report = CardCompleteness.Evaluate(CardSamples.CompleteExcept("Evaluation", rewrapped), Template);

        Assert.Equal(SectionState.Placeholder, State(report, "Evaluation"));
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Evaluate_ThePlaceholderLeftAboveRealContent_IsPresent()
    {
        var placeholder = Template.Sections.Single(s => s.Name == "Evaluation").Placeholder;

        var report = CardCompleteness.Evaluate(CardSamples.CompleteExcept("Evaluation", $"*{placeholder}*\n\n{CardSamples.Substantive}"), Template);

        Assert.Equal(SectionState.Present, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_ThePlaceholderLeftAboveAFewWords_IsTooShort_BecauseTheGuidanceIsNotContent()
    {
        var placeholder = Template.Sections.Single(s => s.Name == "Evaluation").Placeholder;

        var report = CardCompleteness.Evaluate(CardSamples.CompleteExcept("Evaluation", $"*{placeholder}*\n\nTBD."), Template);

        Assert.Equal(SectionState.TooShort, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_ThePlaceholderWithAWordTypedAfterItInTheSameParagraph_IsTooShortNotPresent()
    {
        var placeholder = Template.Sections.Single(s => s.Name == "Evaluation").Placeholder;

        var report = CardCompleteness.Evaluate(CardSamples.CompleteExcept("Evaluation", $"*{placeholder}* TBD"), Template);

        Assert.Equal(SectionState.TooShort, State(report, "Evaluation"));
        Assert.False(report.IsComplete);
    }

    [Theory]
    [InlineData("TBD")]
    [InlineData("N/A")]
    [InlineData("See the model documentation.")]
    [InlineData("one two three four five six seven eight nine")]
    [InlineData("one two three four five six seven eight nine - -- ***")]
    public void Evaluate_FewerThanTenWords_IsTooShort(string content)
    {
        var report = CardCompleteness.Evaluate(CardSamples.CompleteExcept("Evaluation", content), Template);

        Assert.Equal(SectionState.TooShort, State(report, "Evaluation"));
        Assert.False(report.IsComplete);
    }

    [Theory]
    [InlineData("one two three four five six seven eight nine ten")]
    [InlineData("- one two three\n- four five six\n- seven eight nine ten")]
    [InlineData("| metric | value | set | run |\n|--|--|--|--|\n| AUC | 0.81 | golden | 2026-10 |\n| KS | 0.43 | golden | 2026-10 |")]
    public void Evaluate_TenWordsOrMore_InAnyBlockKind_IsPresent(string content)
    {
        var report = CardCompleteness.Evaluate(CardSamples.CompleteExcept("Evaluation", content), Template);

        Assert.Equal(SectionState.Present, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_WordsSplitByEmphasis_CountOnce()
    {
        var content = "im*por*tant one two three four five six seven eight";

        var report = CardCompleteness.Evaluate(CardSamples.CompleteExcept("Evaluation", content), Template);

        Assert.Equal(SectionState.TooShort, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_AGapInAnOptionalSection_LeavesTheCardComplete()
    {
        var markdown = string.Concat(Template.Required.Select(s => $"## {s.Name}\n\n{CardSamples.Substantive}\n\n")) + "## Out-of-scope use\n\nTBD\n";

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.True(report.IsComplete);
        Assert.Equal(SectionState.TooShort, State(report, "Out-of-scope use"));
        Assert.Equal(SectionState.Missing, State(report, "Ethical considerations"));
    }

    [Fact]
    public void Evaluate_ASectionRepeated_TakesTheContentOfEveryOccurrence()
    {
        var markdown = CardSamples.CompleteExcept("Evaluation", "") + "## Evaluation\n\n" + CardSamples.Substantive;

        var report = CardCompleteness.Evaluate(markdown, Template);

        Assert.Equal(SectionState.Present, State(report, "Evaluation"));
    }

    [Fact]
    public void Evaluate_AgainstAnEditedTemplate_UsesItsSectionsAndRequirements()
    {
        var template = new CardTemplate([new TemplateSection("Monitoring", true, "Say how drift is watched."), new TemplateSection("Evaluation", false, "Optional here.")]);

        var report = CardCompleteness.Evaluate("## Monitoring\n\n" + CardSamples.Substantive, template);

        Assert.True(report.IsComplete);
        Assert.Equal(["Monitoring", "Evaluation"], report.Sections.Select(s => s.Name));
        Assert.Equal(SectionState.Missing, State(report, "Evaluation"));
    }

    private static SectionState State(CompletenessReport report, string section) => report.Sections.Single(s => s.Name == section).State;
}
