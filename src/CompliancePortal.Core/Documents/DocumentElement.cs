namespace CompliancePortal.Core.Documents;

/// <summary>One block of a document to lay out: a heading, a paragraph, a table, a chart…</summary>
public abstract record DocumentElement;
