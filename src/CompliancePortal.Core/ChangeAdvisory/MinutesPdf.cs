using CompliancePortal.Core.Documents;
using Markdig;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>The minutes as a PDF, laid out by the same document engine as the audit packs from the same Markdown.</summary>
public static class MinutesPdf
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static byte[] Render(string title, string boardName, string minutesMarkdown, string minutesSha256, DateTimeOffset closedAt)
    {
        var document = Markdown.Parse(minutesMarkdown, Pipeline);
        var elements = MarkdownElements.From(document).ToList();
        elements.Add(new ParagraphElement([new TextRun($"SHA-256 of these minutes (Markdown): {minutesSha256}", RunStyle.Code)]));
        var spec = new DocumentSpec($"Minutes: {title}", boardName, $"{boardName} · minutes of {title} · closed {closedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC", elements)
        {
            Subject = $"Minutes of the {boardName} meeting",
            CreatedAt = closedAt,
        };
        return PdfDocumentWriter.Write(spec);
    }
}
