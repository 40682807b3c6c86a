namespace CompliancePortal.Core.Documents;

/// <summary>A bulleted or numbered list; each item holds blocks of its own, so lists nest.</summary>
public sealed record ListElement(bool Ordered, IReadOnlyList<IReadOnlyList<DocumentElement>> Items, int Start = 1) : DocumentElement;
