namespace CompliancePortal.Core.ModelCards;

public sealed record InlineDiff(IReadOnlyList<InlineDiffLine> Lines)
{
    public bool HasChanges => Lines.Any(l => l.Change != DiffChange.Unchanged);
}
