using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using Markdig.Syntax;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class HuggingFaceCardTests
{
    [Fact]
    public void Parse_SplitsTheFrontMatterFromTheMarkdown()
    {
        var text = CardSamples.HuggingFaceReadme;

        var card = HuggingFaceCard.Parse(text);

        Assert.Equal(
            ["language", "license", "library_name", "tags", "datasets", "metrics", "base_model", "pipeline_tag", "widget", "model-index", "co2_eq_emissions"],
            card.Metadata.Entries.Select(e => e.Key));
        Assert.StartsWith("# Model Card for complaint-router\n", card.Markdown);
        Assert.EndsWith("Internal model, not published.", card.Markdown);
    }

    [Fact]
    public void Parse_ExposesTheKnownKeysTyped()
    {
        var text = CardSamples.HuggingFaceReadme;

        var metadata = HuggingFaceCard.Parse(text).Metadata;

        Assert.Equal("apache-2.0", metadata.License);
        Assert.Equal(["en", "no"], metadata.Languages);
        Assert.Equal(["text-classification", "finance"], metadata.Tags);
        Assert.Equal(["acme-bank/loan-complaints"], metadata.Datasets);
        Assert.Equal(["accuracy", "f1"], metadata.Metrics);
        Assert.Equal(["distilbert/distilbert-base-uncased"], metadata.BaseModels);
        Assert.Equal("transformers", metadata.LibraryName);
    }

    [Fact]
    public void Parse_FlattensModelIndexResultsIntoClaimedResults()
    {
        var text = CardSamples.HuggingFaceReadme;

        var claimed = HuggingFaceCard.Parse(text).ClaimedResults;

        Assert.Equal(
        [
            new ClaimedResult("complaint-router", "text-classification", "Loan complaints", "acme-bank/loan-complaints", "accuracy", "Accuracy", 0.912),
            new ClaimedResult("complaint-router", "text-classification", "Loan complaints", "acme-bank/loan-complaints", "f1", "Macro F1", 0.887),
            new ClaimedResult("complaint-router", "text-classification", "Loan complaints (Norwegian)", "acme-bank/loan-complaints-no", "accuracy", "Accuracy", 0.85),
        ], claimed);
    }

    [Fact]
    public void Parse_WithoutFrontMatter_IsPlainMarkdownWithNoMetadata()
    {
        var text = "# Card\r\n\r\n## Evaluation\r\n\r\nGood.\r\n";

        var card = HuggingFaceCard.Parse(text);

        Assert.True(card.Metadata.IsEmpty);
        Assert.Equal("# Card\n\n## Evaluation\n\nGood.\n", card.Markdown);
        Assert.Empty(card.ClaimedResults);
    }

    [Fact]
    public void Parse_WithEmptyFrontMatter_HasNoMetadata()
    {
        var text = "---\n# only a comment\n---\n# Card\n";

        var card = HuggingFaceCard.Parse(text);

        Assert.True(card.Metadata.IsEmpty);
        Assert.Equal("# Card\n", card.Markdown);
    }

    [Fact]
    public void Parse_WithWindowsLineEndingsAndAByteOrderMark_ReadsTheSame()
    {
        var text = "\uFEFF" + CardSamples.HuggingFaceReadme.ReplaceLineEndings("\r\n");

        var card = HuggingFaceCard.Parse(text);

        Assert.Equal(HuggingFaceCard.Parse(CardSamples.HuggingFaceReadme), card);
    }

    [Theory]
    [InlineData("---\nlicense: mit\nlanguage: en: us\n---\n# Card", 3)]
    [InlineData("---\nlicense: mit\ntags:\n- a\nlicense: apache-2.0\n---\n# Card", 5)]
    [InlineData("---\nlicense: mit\n\n\ndescription: \"never closed\nlanguage: en\n---\n# Card", 5)]
    [InlineData("---\nlicense: mit\n  language: en\n---\n# Card", 3)]
    [InlineData("---\n- just\n- a list\n---\n# Card", 2)]
    [InlineData("---\nlicense: mit\nbase_model: *missing\n---\n# Card", 3)]
    public void Parse_WithInvalidYaml_IsRefusedWithTheLineOfTheFile(string text, int line)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => HuggingFaceCard.Parse(text));

        var message = Assert.Single(Assert.Single(refused.Errors, e => e.Key == "FrontMatter").Value);
        Assert.StartsWith($"The YAML front matter is invalid at line {line}: ", message);
        Assert.True(message.Length > $"The YAML front matter is invalid at line {line}: ".Length + 5, message);
    }

    [Fact]
    public void Parse_WithAnUnclosedBracket_IsRefusedNearIt()
    {
        var text = "---\nlicense: mit\ntags: [finance, credit\nlanguage: en\n---\n# Card";

        var refused = Assert.Throws<ValidationFailedException>(() => HuggingFaceCard.Parse(text));

        Assert.Matches("^The YAML front matter is invalid at line [34]: ", Assert.Single(refused.Errors["FrontMatter"]));
    }

    [Fact]
    public void Parse_WithFrontMatterNeverClosed_IsRefused()
    {
        var text = "---\nlicense: mit\n# Card\n";

        var refused = Assert.Throws<ValidationFailedException>(() => HuggingFaceCard.Parse(text));

        Assert.Contains("never closed", Assert.Single(refused.Errors["FrontMatter"]));
    }

    [Fact]
    public void Export_WritesFrontMatterThatIsValidYamlCarryingTheSameMetadata()
    {
        var card = HuggingFaceCard.Parse(CardSamples.HuggingFaceReadme);

        var text = HuggingFaceCard.Export(card.Metadata, card.Markdown);

        Assert.StartsWith("---\n", text);
        var closing = text.IndexOf("\n---\n", StringComparison.Ordinal);
        var yaml = text[4..(closing + 1)];
        Assert.Equal(card.Metadata, CardMetadata.FromYaml(yaml));
        Assert.Equal(card.Markdown, text[(closing + 5)..].TrimStart('\n'));
    }

    [Fact]
    public void Export_WithoutMetadata_IsJustTheMarkdown()
    {
        var markdown = "# Card\r\n\r\nText.\r\n";

        var text = HuggingFaceCard.Export(CardMetadata.Empty, markdown);

        Assert.Equal("# Card\n\nText.\n", text);
    }

    [Fact]
    public void ImportExportImport_KeepsEveryMetadataKeyValueAndSection()
    {
        var imported = HuggingFaceCard.Parse(CardSamples.HuggingFaceReadme);

        var reimported = HuggingFaceCard.Parse(imported.Export());

        Assert.Equal(imported.Metadata.Entries.Select(e => e.Key), reimported.Metadata.Entries.Select(e => e.Key));
        Assert.Equal(imported.Metadata, reimported.Metadata);
        Assert.Equal(imported.ClaimedResults, reimported.ClaimedResults);
        Assert.Equal(imported.Markdown, reimported.Markdown);
        Assert.Equal(Headings(imported.Markdown), Headings(reimported.Markdown));
        Assert.Equal(reimported.Export(), imported.Export());
    }

    [Fact]
    public void ImportMapExportImport_KeepsEveryMetadataKeyAndEverySection()
    {
        var imported = HuggingFaceCard.Parse(CardSamples.HuggingFaceReadme);
        var mapped = HuggingFaceCard.MapSections(imported.Markdown);

        var reimported = HuggingFaceCard.Parse(HuggingFaceCard.Export(imported.Metadata, mapped));

        Assert.Equal(imported.Metadata, reimported.Metadata);
        Assert.Equal(Headings(mapped), Headings(reimported.Markdown));
        Assert.Equal(Headings(imported.Markdown).Count, Headings(reimported.Markdown).Count);
        Assert.True(CardCompleteness.Evaluate(reimported.Markdown, CardTemplate.Default).IsComplete);
    }

    private static List<string> Headings(string markdown) =>
        [.. CardMarkdown.Parse(markdown).OfType<HeadingBlock>().Select(h => $"{h.Level}:{h.Inline?.FirstChild}")];
}
