namespace CompliancePortal.Core.Documents;

/// <summary>
/// Where the table of contents goes. It starts on a new page and takes as many pages as its entries need; the entries
/// (headings of level 1 and 2) and their page numbers are filled in once the rest of the document is laid out.
/// </summary>
public sealed record ContentsElement(string Title = "Contents") : DocumentElement;
