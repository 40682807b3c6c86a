namespace CompliancePortal.Core.AuditPacks;

/// <summary>The signed PDF of a ready pack, kept apart from the pack's row so listings never load it.</summary>
public sealed class AuditPackFile
{
    private AuditPackFile() { }

    public AuditPackFile(Guid auditPackId, byte[] content)
    {
        AuditPackId = auditPackId;
        Content = content;
    }

    public Guid AuditPackId { get; private set; }

    public byte[] Content { get; private set; } = [];
}
