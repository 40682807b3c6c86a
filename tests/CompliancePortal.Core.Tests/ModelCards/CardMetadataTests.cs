using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class CardMetadataTests
{
    [Fact]
    public void Languages_AsASingleString_IsAListOfOne()
    {
        var metadata = CardMetadata.FromYaml("language: en\nbase_model: [org/a, org/b]\n");

        var languages = metadata.Languages;

        Assert.Equal(["en"], languages);
        Assert.Equal(["org/a", "org/b"], metadata.BaseModels);
    }

    [Fact]
    public void KnownKeys_WhenAbsentOrNull_AreEmpty()
    {
        var metadata = CardMetadata.FromYaml("license:\ntags: ~\n");

        var license = metadata.License;

        Assert.Null(license);
        Assert.Empty(metadata.Tags);
        Assert.Empty(metadata.Languages);
        Assert.Null(metadata.LibraryName);
        Assert.Empty(metadata.ClaimedResults);
    }

    [Theory]
    [InlineData("0.912", MetadataScalarKind.Number)]
    [InlineData("1e-3", MetadataScalarKind.Number)]
    [InlineData(".inf", MetadataScalarKind.Number)]
    [InlineData("true", MetadataScalarKind.Boolean)]
    [InlineData("~", MetadataScalarKind.Null)]
    [InlineData("no", MetadataScalarKind.Text)]
    [InlineData("2024-05-01", MetadataScalarKind.Text)]
    [InlineData("\"0.912\"", MetadataScalarKind.Text)]
    [InlineData("'true'", MetadataScalarKind.Text)]
    [InlineData("!!str 12", MetadataScalarKind.Text)]
    public void Scalars_AreTypedByTheYamlCoreSchema(string yaml, MetadataScalarKind kind)
    {
        var metadata = CardMetadata.FromYaml($"value: {yaml}\n");

        var value = Assert.IsType<MetadataScalar>(metadata["value"]);

        Assert.Equal(kind, value.Kind);
    }

    [Theory]
    [InlineData("value: 0.850\n")]
    [InlineData("value: \"0.85\"\n")]
    [InlineData("value: \"no\"\n")]
    [InlineData("value: 'yes'\n")]
    [InlineData("value: \"2024-05-01\"\n")]
    [InlineData("value: \"null\"\n")]
    [InlineData("value: \"\"\n")]
    [InlineData("value: null\n")]
    [InlineData("value: \"- starts with a dash\"\n")]
    [InlineData("value: \"key: value\"\n")]
    [InlineData("value: \"# not a comment\"\n")]
    [InlineData("value: \"  padded  \"\n")]
    [InlineData("value: |\n  line one\n  line two\n")]
    [InlineData("value: \"trailing space \\nsecond line\"\n")]
    [InlineData("value: \"unicode ✓ and é\"\n")]
    [InlineData("\"key with: colon\": x\n")]
    [InlineData("value: []\nother: {}\n")]
    public void ToYaml_ThenFromYaml_GivesBackTheSameValues(string yaml)
    {
        var metadata = CardMetadata.FromYaml(yaml);

        var again = CardMetadata.FromYaml(metadata.ToYaml());

        Assert.Equal(metadata, again);
    }

    [Fact]
    public void ToYaml_QuotesTheNorwegianLanguageCode_SoYaml11ReadersDoNotTakeItForFalse()
    {
        var metadata = CardMetadata.FromYaml("language:\n- en\n- \"no\"\n");

        var yaml = metadata.ToYaml();

        Assert.Contains("- 'no'", yaml);
    }

    [Fact]
    public void ToYaml_KeepsNumbersAsWrittenAndUnquoted()
    {
        var metadata = CardMetadata.FromYaml("value: 0.850\nflag: true\n");

        var yaml = metadata.ToYaml();

        Assert.Equal("value: 0.850\nflag: true\n", yaml);
    }

    [Fact]
    public void ToYaml_OfEmptyMetadata_IsEmpty()
    {
        var metadata = CardMetadata.Empty;

        var yaml = metadata.ToYaml();

        Assert.Equal("", yaml);
    }

    [Fact]
    public void FromYaml_ResolvesAnchorsAndAliases()
    {
        var metadata = CardMetadata.FromYaml("datasets: &data [org/a, org/b]\ntrained_on: *data\n");

        var trainedOn = metadata["trained_on"];

        Assert.Equal(metadata["datasets"], trainedOn);
    }

    [Fact]
    public void FromYaml_WithAliasesThatExpandBeyondTheLimit_IsRefused()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";

        var refused = Assert.Throws<ValidationFailedException>(() => CardMetadata.FromYaml(yaml));

        Assert.EndsWith("it holds more than 10000 values.", Assert.Single(refused.Errors["FrontMatter"]));
    }

    [Fact]
    public void FromYaml_NestedTooDeeply_IsRefused()
    {
        var yaml = "a: " + new string('[', 40) + new string(']', 40) + "\n";

        var refused = Assert.Throws<ValidationFailedException>(() => CardMetadata.FromYaml(yaml));

        Assert.Contains("nested", Assert.Single(refused.Errors["FrontMatter"]));
    }

    [Fact]
    public void With_AnExistingKey_ReplacesItWhereItStands()
    {
        var metadata = CardMetadata.FromYaml("license: mit\ntags: [a]\n");

        var changed = metadata.With("license", MetadataScalar.Text("apache-2.0"));

        Assert.Equal(["license", "tags"], changed.Entries.Select(e => e.Key));
        Assert.Equal("apache-2.0", changed.License);
        Assert.Equal("mit", metadata.License);
    }

    [Fact]
    public void With_ANewKey_AddsItAtTheEnd()
    {
        var metadata = CardMetadata.FromYaml("license: mit\n");

        var changed = metadata.With("library_name", MetadataScalar.Text("onnx"));

        Assert.Equal(["license", "library_name"], changed.Entries.Select(e => e.Key));
        Assert.Equal("onnx", changed.LibraryName);
    }

    [Fact]
    public void Equality_ComparesContentIncludingKeyOrder()
    {
        var one = CardMetadata.FromYaml("license: mit\ntags: [a, b]\n");
        var same = CardMetadata.FromYaml("license: 'mit'\ntags:\n  - a\n  - b\n");
        var reordered = CardMetadata.FromYaml("tags: [a, b]\nlicense: mit\n");

        var equal = one == same;

        Assert.True(equal);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, reordered);
    }

    [Fact]
    public void ClaimedResults_WithAValueThatIsNotANumber_KeepTheResultWithoutAValue()
    {
        var metadata = CardMetadata.FromYaml("""
            model-index:
            - name: m
              results:
              - task: {type: summarization}
                dataset: {name: News, type: org/news}
                metrics:
                - {type: rouge, value: "see paper"}
            """);

        var claimed = Assert.Single(metadata.ClaimedResults);

        Assert.Equal(new ClaimedResult("m", "summarization", "News", "org/news", "rouge", null, null), claimed);
    }
}
