namespace CompliancePortal.Core.Documents;

/// <summary>Preformatted text in a monospaced font on a shaded background; long lines wrap rather than run off the page.</summary>
public sealed record CodeElement(string Text) : DocumentElement;
