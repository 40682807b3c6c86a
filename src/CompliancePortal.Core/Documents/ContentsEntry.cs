namespace CompliancePortal.Core.Documents;

/// <summary>A heading listed in the table of contents, with the page it landed on.</summary>
internal sealed record ContentsEntry(int Level, string Text, int PageNumber);
