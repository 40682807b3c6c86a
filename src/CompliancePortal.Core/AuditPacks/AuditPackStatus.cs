namespace CompliancePortal.Core.AuditPacks;

public enum AuditPackStatus
{
    Queued,
    Generating,
    Ready,
    Failed,
}
