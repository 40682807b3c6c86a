namespace CompliancePortal.Core.Documents;

/// <summary>A piece of text in one style; <see cref="Link"/> makes it a clickable web link.</summary>
public sealed record TextRun(string Text, RunStyle Style = RunStyle.Regular, string? Link = null);
