namespace CompliancePortal.Core.Documents;

/// <summary>One laid-out line: its fragments left to right and the height it takes.</summary>
internal sealed record TextLine(IReadOnlyList<TextFragment> Fragments, double Height);
