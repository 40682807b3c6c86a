namespace CompliancePortal.Core.Documents;

/// <summary>Everything the layout needs: the document's metadata, a footer line for every page, and its blocks in order.</summary>
public sealed record DocumentSpec(string Title, string Author, string Footer, IReadOnlyList<DocumentElement> Elements)
{
    public string Subject { get; init; } = "";

    /// <summary>Fixes the PDF's creation date, so the same content gives the same file.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
