namespace CompliancePortal.Core.Documents;

/// <summary>Text that wraps at the page width and continues on the next page; a newline in a run breaks the line.</summary>
public sealed record ParagraphElement(IReadOnlyList<TextRun> Runs, bool Small = false) : DocumentElement
{
    public ParagraphElement(string text, RunStyle style = RunStyle.Regular) : this([new TextRun(text, style)]) { }
}
