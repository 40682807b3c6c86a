namespace CompliancePortal.Core.AuditLog;

/// <summary>One field of an audited entity before and after a change; null when the field was absent on that side.</summary>
public sealed record SnapshotChange(string Field, string? Before, string? After)
{
    public bool Changed => Before != After;
}
