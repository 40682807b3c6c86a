namespace CompliancePortal.Core.ModelCards;

public enum DiffChange
{
    Unchanged,
    Inserted,
    Deleted,

    /// <summary>A line present in both revisions with some words changed; its segments say which. Never used for a segment.</summary>
    Modified,
}
