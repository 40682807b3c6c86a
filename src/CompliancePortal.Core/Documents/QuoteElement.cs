namespace CompliancePortal.Core.Documents;

/// <summary>Indented blocks with a bar on the left.</summary>
public sealed record QuoteElement(IReadOnlyList<DocumentElement> Content) : DocumentElement;
