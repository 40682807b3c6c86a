using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CompliancePortal.Core.ModelCards;
using Markdig.Syntax;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class CardMarkdownTests
{
    [Fact]
    public void ToSafeHtml_WithAScriptTag_ShowsItAsTextNeverAsAnElement()
    {
        var markdown = "Before\n\n<script>alert(1)</script>\n\nAfter <script>alert(2)</script> inline";

        var html = CardMarkdown.ToSafeHtml(markdown);

        var page = Render(html);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script>alert(1)</script>", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x]( javascript:alert(1) )")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    public void ToSafeHtml_WithALinkToAScriptingScheme_LeavesNoSuchHref(string markdown)
    {
        var html = CardMarkdown.ToSafeHtml(markdown);

        var hrefs = Render(html).QuerySelectorAll("[href], [src]").SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") });
        Assert.All(hrefs.OfType<string>(), href => Assert.Matches("^(https?:|mailto:|#)", href.Trim()));
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](https://example.com/a.png){onerror=\"alert(1)\"}")]
    [InlineData("A paragraph{onclick=\"alert(1)\"}")]
    [InlineData("## Heading {onmouseover=\"alert(1)\"}")]
    [InlineData("[link](https://example.com){onfocus=\"alert(1)\" autofocus}")]
    public void ToSafeHtml_WithEventHandlerAttributes_LeavesNoneOnAnyElement(string markdown)
    {
        var html = CardMarkdown.ToSafeHtml(markdown);

        var attributes = Render(html).QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name);
        Assert.DoesNotContain(attributes, name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)")]
    [InlineData("<style>body { display: none }</style>")]
    public void ToSafeHtml_NeverEmitsFramesOrStyleSheets(string markdown)
    {
        var html = CardMarkdown.ToSafeHtml(markdown);

        Assert.Empty(Render(html).QuerySelectorAll("iframe, style, object, embed, script"));
    }

    [Fact]
    public void ToSafeHtml_WithAuthorSetIdsAndClasses_DropsThem()
    {
        var markdown = "::: mud-overlay\nCover the page\n:::\n\nText{#app .mud-overlay}";

        var html = CardMarkdown.ToSafeHtml(markdown);

        Assert.Empty(Render(html).QuerySelectorAll("[id], [class]"));
    }

    [Fact]
    public void ToSafeHtml_KeepsTheFormattingACardUses()
    {
        var markdown = """
            ## Evaluation

            Scored with *emphasis*, **strong** and `inline code`; see [the report](https://example.com/report) or [mail us](mailto:risk@example.com).

            - first
            - second

            1. one
            2. two

            | metric | value |
            |:--|--:|
            | AUC | 0.81 |

            ```python
            print("hello")
            ```

            > quoted

            - [x] reviewed
            """;

        var html = CardMarkdown.ToSafeHtml(markdown);

        var page = Render(html);
        Assert.Equal("Evaluation", page.QuerySelector("h2")?.TextContent);
        Assert.Equal("emphasis", page.QuerySelector("em")?.TextContent);
        Assert.Equal("strong", page.QuerySelector("strong")?.TextContent);
        Assert.Equal("inline code", page.QuerySelector("p code")?.TextContent);
        Assert.Equal("https://example.com/report", page.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("mailto:risk@example.com", page.QuerySelectorAll("a")[1].GetAttribute("href"));
        Assert.Equal(3, page.QuerySelectorAll("ul li").Length);
        Assert.Equal(2, page.QuerySelectorAll("ol li").Length);
        Assert.Equal(["metric", "value"], page.QuerySelectorAll("table thead th").Select(c => c.TextContent));
        Assert.Equal(["AUC", "0.81"], page.QuerySelectorAll("table tbody td").Select(c => c.TextContent));
        Assert.Equal("text-align: right", page.QuerySelectorAll("table tbody td")[1].GetAttribute("style"));
        Assert.Equal("print(\"hello\")\n", page.QuerySelector("pre code")?.TextContent);
        Assert.Equal("quoted", page.QuerySelector("blockquote")?.TextContent.Trim());
    }

    [Fact]
    public void ToSafeHtml_RendersTaskListItemsAsDisabledCheckboxes()
    {
        var markdown = "- [x] bias reviewed\n- [ ] sign-off";

        var html = CardMarkdown.ToSafeHtml(markdown);

        var boxes = Render(html).QuerySelectorAll("input");
        Assert.Equal(2, boxes.Length);
        Assert.All(boxes, b => Assert.Equal("checkbox", b.GetAttribute("type")));
        Assert.All(boxes, b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void ToSafeHtml_KeepsHttpsImages_ButDropsOtherImageSources()
    {
        var markdown = "![chart](https://example.com/roc.png) ![pixel](data:image/png;base64,iVBORw0KGgo=)";

        var html = CardMarkdown.ToSafeHtml(markdown);

        var images = Render(html).QuerySelectorAll("img");
        Assert.Equal("https://example.com/roc.png", images[0].GetAttribute("src"));
        Assert.Null(images[1].GetAttribute("src"));
    }

    [Fact]
    public void Parse_UsesTheSamePipeline_SoTablesAndHeadingsAreStructure()
    {
        var markdown = "## Evaluation\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

        var document = CardMarkdown.Parse(markdown);

        Assert.IsType<HeadingBlock>(document[0]);
        Assert.IsType<Markdig.Extensions.Tables.Table>(document[1]);
    }

    private static IDocument Render(string html) => new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
}
