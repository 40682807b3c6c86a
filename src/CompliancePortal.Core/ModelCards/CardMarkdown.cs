using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// The one Markdown pipeline for cards: the editor preview, the card page, the API and completeness all parse and render
/// through it, so a card cannot look complete in one place and differ in another.
/// </summary>
public static class CardMarkdown
{
    /// <summary>GitHub-like extensions (tables, task lists, footnotes…) with raw HTML treated as text.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    // Disabling raw HTML is not enough on its own: links keep any scheme (javascript:), and the generic-attributes and
    // media-link extensions can emit event handlers and iframes. So the rendered HTML also goes through an allow-list.
    // The sanitizer is configured once and only read afterwards, which is safe to share between threads.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown ?? "", Pipeline);

    /// <summary>Renders a card as HTML that may be put into a page as-is: no script, no event handlers, only http, https and mailto links.</summary>
    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(
        [
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "div", "span",
            "strong", "b", "em", "i", "del", "s", "ins", "mark", "sub", "sup", "abbr", "cite", "q", "small",
            "code", "pre", "kbd", "samp", "var",
            "ul", "ol", "li", "dl", "dt", "dd",
            "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
            "a", "img", "figure", "figcaption",
            // Task lists render as checkboxes; PostProcessNode below makes sure that is all an input can be.
            "input",
        ]);
        // No id and no class: both come from the author through Markdig's attribute syntax, and could clash with the
        // page's own ids or pick up the page's CSS (an overlay, a hidden element) to spoof the portal around the card.
        options.AllowedAttributes.UnionWith(
        [
            "href", "src", "alt", "title", "colspan", "rowspan", "start", "reversed", "width", "height",
            "type", "checked", "disabled", "style",
        ]);
        // Tables align columns with inline styles; nothing else a card needs is worth the CSS attack surface.
        options.AllowedCssProperties.Add("text-align");
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        options.UriAttributes.UnionWith(["href", "src"]);
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "input" } input)
            {
                input.SetAttribute("type", "checkbox");
                input.SetAttribute("disabled", "disabled");
            }
        };
        return sanitizer;
    }
}
