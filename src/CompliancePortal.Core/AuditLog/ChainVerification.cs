namespace CompliancePortal.Core.AuditLog;

/// <summary>The outcome of recomputing the chain; when invalid, the first sequence that fails and why.</summary>
public sealed record ChainVerification(bool Valid, long CheckedEvents, long? FirstBadSequence, string? Reason, string? LastHash)
{
    public static ChainVerification Ok(long checkedEvents, string? lastHash) => new(true, checkedEvents, null, null, lastHash);

    public static ChainVerification Broken(long checkedEvents, long sequence, string reason) =>
        new(false, checkedEvents, sequence, reason, null);
}
