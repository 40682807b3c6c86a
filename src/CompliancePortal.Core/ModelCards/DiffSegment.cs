namespace CompliancePortal.Core.ModelCards;

/// <summary>A word, or the spaces and punctuation between words, with what happened to it.</summary>
public sealed record DiffSegment(string Text, DiffChange Change);
