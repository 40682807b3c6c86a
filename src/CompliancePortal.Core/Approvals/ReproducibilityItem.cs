namespace CompliancePortal.Core.Approvals;

/// <summary>One pinned input of a version (artifact, code commit, environment lock, dataset version) and what the check found.</summary>
public sealed record ReproducibilityItem(string Kind, string Reference, ReproducibilityStatus Status, string Detail)
{
    public bool Passed => Status is ReproducibilityStatus.Verified or ReproducibilityStatus.PinnedNotReachable;
}
