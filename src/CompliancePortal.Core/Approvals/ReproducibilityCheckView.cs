namespace CompliancePortal.Core.Approvals;

public sealed record ReproducibilityCheckView(Guid Id, bool Passed, IReadOnlyList<ReproducibilityItem> Items, string CheckedBy, DateTimeOffset CheckedAt)
{
    public static ReproducibilityCheckView From(ReproducibilityCheck c) => new(c.Id, c.Passed, c.Items, c.CheckedByName, c.CheckedAt);
}
