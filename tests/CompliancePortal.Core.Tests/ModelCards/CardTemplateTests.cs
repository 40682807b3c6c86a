using CompliancePortal.Core.ModelCards;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class CardTemplateTests
{
    [Fact]
    public void Default_RequiresTheFiveSectionsAuditorsAskFor()
    {
        var template = CardTemplate.Default;

        var required = template.Required.Select(s => s.Name);

        Assert.Equal(["Purpose and intended use", "Training data", "Evaluation", "Known limitations", "Fairness analysis"], required);
    }

    [Fact]
    public void Default_OffersTheOptionalSectionsAfterTheRequiredOnes()
    {
        var template = CardTemplate.Default;

        var optional = template.Sections.Where(s => !s.Required).Select(s => s.Name);

        Assert.Equal(["Out-of-scope use", "Ethical considerations", "Caveats and recommendations"], optional);
        Assert.All(template.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Placeholder)));
    }

    [Fact]
    public void Markdown_WithModelNameAndVersion_StartsWithThemAsTitle()
    {
        var template = CardTemplate.Default;

        var markdown = template.Markdown("Credit default PD", "2.1.0");

        Assert.StartsWith("# Credit default PD 2.1.0\n\n## Purpose and intended use\n\n*Describe what the model does", markdown);
    }

    [Fact]
    public void Markdown_WithoutTitle_StartsWithTheFirstSection()
    {
        var template = CardTemplate.Default;

        var markdown = template.Markdown();

        Assert.StartsWith("## Purpose and intended use\n\n*", markdown);
        Assert.EndsWith("*\n", markdown);
    }

    [Fact]
    public void Markdown_GivesEachSectionALevelTwoHeadingFollowedByItsPlaceholderInItalics()
    {
        var template = CardTemplate.Default;

        var document = CardMarkdown.Parse(template.Markdown());

        var headings = document.OfType<HeadingBlock>().ToList();
        Assert.Equal(template.Sections.Select(s => s.Name), headings.Select(h => h.Inline!.FirstChild!.ToString()));
        Assert.All(headings, h => Assert.Equal(2, h.Level));
        var guidance = document.OfType<ParagraphBlock>().Select(p => Assert.IsType<EmphasisInline>(Assert.Single(p.Inline!))).ToList();
        Assert.Equal(template.Sections.Select(s => s.Placeholder), guidance.Select(e => e.FirstChild!.ToString()));
    }

    [Fact]
    public void Validate_TheDefault_FindsNothingWrong()
    {
        var template = CardTemplate.Default;

        var errors = template.Validate();

        Assert.True(errors.IsEmpty);
    }

    [Theory]
    [InlineData("training data")]
    [InlineData("Training Data:")]
    [InlineData("  TRAINING   DATA.  ")]
    public void Validate_ASectionNamedLikeAnotherIgnoringCaseAndPunctuation_IsRefused(string duplicate)
    {
        var template = Template(new TemplateSection("Training data", true, "Describe it."), new TemplateSection(duplicate, false, "Again."));

        var errors = Errors(template);

        Assert.Equal("Sections[1].Name", Assert.Single(errors).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_ASectionWithoutName_IsRefused(string name)
    {
        var template = Template(new TemplateSection("Evaluation", true, "Describe it."), new TemplateSection(name, false, "Guidance."));

        var errors = Errors(template);

        Assert.Equal("Sections[1].Name", Assert.Single(errors).Key);
    }

    [Fact]
    public void Validate_ANameOfAHundredCharacters_IsAccepted_ButOneMore_IsRefused()
    {
        var longest = Template(new TemplateSection(new string('a', 100), true, "Guidance."));
        var tooLong = Template(new TemplateSection(new string('a', 101), true, "Guidance."));

        var accepted = longest.Validate();
        var refused = Errors(tooLong);

        Assert.True(accepted.IsEmpty);
        Assert.Equal("Sections[0].Name", Assert.Single(refused).Key);
    }

    [Fact]
    public void Validate_ANameOverTwoLines_IsRefused()
    {
        var template = Template(new TemplateSection("Training\ndata", true, "Guidance."));

        var errors = Errors(template);

        Assert.Equal("Sections[0].Name", Assert.Single(errors).Key);
    }

    [Fact]
    public void Validate_WithNoRequiredSection_IsRefused()
    {
        var template = Template(new TemplateSection("Evaluation", false, "Guidance."));

        var errors = Errors(template);

        Assert.Equal(nameof(CardTemplate.Sections), Assert.Single(errors).Key);
    }

    [Fact]
    public void Validate_WithNoSectionsAtAll_IsRefused()
    {
        var template = Template();

        var errors = Errors(template);

        Assert.Equal(nameof(CardTemplate.Sections), Assert.Single(errors).Key);
    }

    private static CardTemplate Template(params TemplateSection[] sections) => new(sections);

    private static IReadOnlyDictionary<string, string[]> Errors(CardTemplate template) =>
        Assert.Throws<Core.Common.ValidationFailedException>(() => template.Validate().ThrowIfAny()).Errors;
}
