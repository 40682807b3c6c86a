using System.Diagnostics;
using System.Net;
using System.Text;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// The same document as plain HTML, printed to PDF by headless Chromium: what a team would otherwise reach for, and
/// the yardstick the PDF layer is compared against. Charts become a placeholder box; everything else is the same text.
/// </summary>
public static class HtmlYardstick
{
    public static string ToHtml(DocumentSpec spec)
    {
        var html = new StringBuilder("<!doctype html><html><head><meta charset='utf-8'><style>")
            .Append("body{font-family:'DejaVu Sans';font-size:10pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #bbb;padding:3px;font-size:8pt}")
            .Append("thead{display:table-header-group} code,pre{font-family:'DejaVu Sans Mono';font-size:8pt} .pb{page-break-before:always}")
            .Append("</style></head><body>");
        foreach (var e in spec.Elements)
        {
            Append(html, e);
        }
        return html.Append("</body></html>").ToString();
    }

    /// <summary>Prints the HTML file to PDF with Chromium, start to finish, as a user's script would.</summary>
    public static async Task<TimeSpan> PrintAsync(string htmlPath, string pdfPath)
    {
        var start = new ProcessStartInfo("/usr/bin/chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--no-pdf-header-footer", $"--print-to-pdf={pdfPath}", "file://" + htmlPath })
        {
            start.ArgumentList.Add(a);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        if (!File.Exists(pdfPath))
        {
            throw new InvalidOperationException("Chromium did not print: " + await output);
        }
        return watch.Elapsed;
    }

    private static void Append(StringBuilder html, DocumentElement element)
    {
        switch (element)
        {
            case HeadingElement h:
                html.Append($"<h{h.Level}>{E(h.Text)}</h{h.Level}>");
                break;
            case ParagraphElement p:
                html.Append("<p>").Append(Runs(p.Runs)).Append("</p>");
                break;
            case ListElement l:
                html.Append(l.Ordered ? "<ol>" : "<ul>");
                foreach (var item in l.Items)
                {
                    html.Append("<li>");
                    foreach (var child in item)
                    {
                        Append(html, child);
                    }
                    html.Append("</li>");
                }
                html.Append(l.Ordered ? "</ol>" : "</ul>");
                break;
            case CodeElement c:
                html.Append("<pre>").Append(E(c.Text)).Append("</pre>");
                break;
            case QuoteElement q:
                html.Append("<blockquote>");
                foreach (var child in q.Content)
                {
                    Append(html, child);
                }
                html.Append("</blockquote>");
                break;
            case RuleElement:
                html.Append("<hr>");
                break;
            case PageBreakElement:
                html.Append("<div class='pb'></div>");
                break;
            case ContentsElement:
                html.Append("<div class='pb'><h1>Contents</h1></div>");
                break;
            case TableElement t:
                html.Append("<table>");
                if (t.Header is { } header)
                {
                    html.Append("<thead><tr>").AppendJoin("", header.Select(c => $"<th>{Runs(c.Runs)}</th>")).Append("</tr></thead>");
                }
                html.Append("<tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{Runs(c.Runs)}</td>")).Append("</tr>");
                }
                html.Append("</tbody></table>");
                break;
            case ChartElement chart:
                html.Append($"<div style='height:180px;border:1px solid #999'>{E(chart.Title)}</div>");
                break;
        }
    }

    private static string Runs(IEnumerable<TextRun> runs) => string.Concat(runs.Select(r =>
    {
        var text = E(r.Text).Replace("\n", "<br>", StringComparison.Ordinal);
        if (r.Style.HasFlag(RunStyle.Code)) text = $"<code>{text}</code>";
        if (r.Style.HasFlag(RunStyle.Bold)) text = $"<b>{text}</b>";
        if (r.Style.HasFlag(RunStyle.Italic)) text = $"<i>{text}</i>";
        return r.Link is null ? text : $"<a href='{E(r.Link)}'>{text}</a>";
    }));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
