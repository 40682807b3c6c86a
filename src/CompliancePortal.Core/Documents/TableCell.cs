namespace CompliancePortal.Core.Documents;

/// <summary>The content of one table cell: runs of text that wrap inside the column.</summary>
public sealed record TableCell(IReadOnlyList<TextRun> Runs)
{
    public static TableCell Text(string text) => new([new TextRun(text)]);

    public static TableCell Code(string text) => new([new TextRun(text, RunStyle.Code)]);
}
