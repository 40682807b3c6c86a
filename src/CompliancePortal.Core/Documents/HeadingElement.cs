namespace CompliancePortal.Core.Documents;

/// <summary>A heading of level 1 (largest) to 4; levels 1 and 2 are listed in the table of contents unless told not to be.</summary>
public sealed record HeadingElement(int Level, string Text, bool InContents = true) : DocumentElement;
