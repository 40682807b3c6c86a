using CompliancePortal.Core.Documents;
using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Core.Tests.Documents;

public class MarkdownElementsTests
{
    private const string Card = """
        # Credit default model

        ## Purpose and intended use

        Scores **retail loan applications** for the *probability of default* using `gradient_boosting`.
        See [the policy](https://example.org/policy) and [this](javascript:alert(1)).

        - first point
        - second point
          1. nested one
          2. nested two

        | Metric | Value |
        | --- | --- |
        | accuracy | 0.91 |
        | roc_auc | 0.95 |

        ```python
        def score(x):
            return model.predict(x)
        ```

        > Quoted limitation text.

        <script>alert('x')</script>
        """;

    [Fact]
    public void Card_IsWalkedIntoHeadingsParagraphsListsTablesCodeAndQuotes()
    {
        var elements = MarkdownElements.From(CardMarkdown.Parse(Card), headingShift: 1);

        Assert.Collection(elements,
            e => Assert.Equal(new HeadingElement(2, "Credit default model", false), e),
            e => Assert.Equal(new HeadingElement(3, "Purpose and intended use", false), e),
            e => Assert.IsType<ParagraphElement>(e),
            e => Assert.Equal(2, Assert.IsType<ListElement>(e).Items.Count),
            e => Assert.Equal(2, Assert.IsType<TableElement>(e).Rows.Count),
            e => Assert.Contains("return model.predict(x)", Assert.IsType<CodeElement>(e).Text, StringComparison.Ordinal),
            e => Assert.IsType<QuoteElement>(e),
            e => Assert.Equal("<script>alert('x')</script>", string.Concat(Assert.IsType<ParagraphElement>(e).Runs.Select(r => r.Text))));
    }

    [Fact]
    public void Emphasis_BecomesBoldItalicAndCodeRuns()
    {
        var paragraph = (ParagraphElement)MarkdownElements.From(CardMarkdown.Parse(Card))[2];

        Assert.Contains(new TextRun("retail loan applications", RunStyle.Bold), paragraph.Runs);
        Assert.Contains(new TextRun("probability of default", RunStyle.Italic), paragraph.Runs);
        Assert.Contains(new TextRun("gradient_boosting", RunStyle.Code), paragraph.Runs);
    }

    [Fact]
    public void Links_AreClickableOnlyForSafeSchemes()
    {
        var paragraph = (ParagraphElement)MarkdownElements.From(CardMarkdown.Parse(Card))[2];

        Assert.Contains(new TextRun("the policy", RunStyle.Regular, "https://example.org/policy"), paragraph.Runs);
        Assert.Contains(new TextRun("this", RunStyle.Regular, null), paragraph.Runs);
    }

    [Fact]
    public void RenderedCard_ReadsBackWithItsTextFontsAndLinks()
    {
        var bytes = PdfDocumentWriter.Write(new DocumentSpec("Card", "Tester", "footer", MarkdownElements.From(CardMarkdown.Parse(Card))));

        using var pdf = new ReadBack(bytes);

        var text = pdf.TextOf(1);
        foreach (var expected in new[]
        {
            "Credit default model", "Purpose and intended use", "retail loan applications", "• first point", "1. nested one",
            "Metric Value", "accuracy 0.91", "def score(x):", "Quoted limitation text.", "<script>alert('x')</script>",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        var letters = pdf.Pages[0].Letters;
        Assert.Contains(letters, l => l.Value == "r" && (l.FontName ?? "").Contains("Bold", StringComparison.Ordinal));
        Assert.Contains(letters, l => (l.FontName ?? "").Contains("Oblique", StringComparison.Ordinal));
        Assert.Contains(letters, l => (l.FontName ?? "").Contains("Mono", StringComparison.Ordinal));
        // A link that wraps gets one clickable area per line; "this" (javascript:) gets none.
        var links = pdf.Pages[0].GetHyperlinks();
        Assert.Equal("the policy", string.Join(' ', links.Select(l => l.Text.Trim())));
        Assert.All(links, l => Assert.Equal("https://example.org/policy", l.Uri));
    }

    [Fact]
    public void Images_AreNamedNotFetched()
    {
        var elements = MarkdownElements.From(CardMarkdown.Parse("![ROC curve](https://tracker.example/pixel.png)"));

        var paragraph = Assert.IsType<ParagraphElement>(Assert.Single(elements));
        Assert.Equal("[image: ROC curve]", Assert.Single(paragraph.Runs).Text);
    }
}
