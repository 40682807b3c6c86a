namespace CompliancePortal.Core.ModelCards;

public sealed record SideBySideDiff(IReadOnlyList<SideBySideRow> Rows)
{
    public bool HasChanges => Rows.Any(r => r.Old?.Change != DiffChange.Unchanged || r.New?.Change != DiffChange.Unchanged);
}
