namespace CompliancePortal.Core.ModelCards;

/// <summary>One line of one revision; <see cref="Number"/> is its 1-based line number in that revision.</summary>
public sealed record DiffLine(int Number, DiffChange Change, IReadOnlyList<DiffSegment> Segments)
{
    public string Text => string.Concat(Segments.Select(s => s.Text));
}
