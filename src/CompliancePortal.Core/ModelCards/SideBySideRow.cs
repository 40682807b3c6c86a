namespace CompliancePortal.Core.ModelCards;

/// <summary>One row of a side-by-side view; a side is null where the other revision has a line this one does not.</summary>
public sealed record SideBySideRow(DiffLine? Old, DiffLine? New);
