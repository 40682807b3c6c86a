namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// One line of an inline view: an unchanged line carries both line numbers, a deleted one only the old, an inserted one
/// only the new; a modified line shows its deleted words before the inserted words that replace them.
/// </summary>
public sealed record InlineDiffLine(int? OldNumber, int? NewNumber, DiffChange Change, IReadOnlyList<DiffSegment> Segments);
