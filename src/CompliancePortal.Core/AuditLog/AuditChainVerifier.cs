namespace CompliancePortal.Core.AuditLog;

/// <summary>
/// Walks events in sequence order and reports the first one that does not fit: a gap or reordering in the
/// sequence, a previous-hash that does not match its predecessor, or a hash that does not match the content.
/// Fed incrementally so a long log is verified page by page without holding it in memory.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditHasher.GenesisHash;
    private long _checked;
    private ChainVerification? _failure;

    public bool HasFailed => _failure is not null;

    public void Add(AuditEvent e)
    {
        if (_failure is not null)
        {
            return;
        }
        _checked++;
        if (e.Sequence != _expectedSequence)
        {
            Fail(_expectedSequence, $"expected sequence {_expectedSequence} but found {e.Sequence}: an event is missing or out of order");
            return;
        }
        if (!string.Equals(e.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            Fail(e.Sequence, "its previous hash does not match the hash of the event before it");
            return;
        }
        if (!string.Equals(AuditHasher.Compute(e), e.Hash, StringComparison.Ordinal))
        {
            Fail(e.Sequence, "its content does not match its hash: the event was changed after it was written");
            return;
        }
        _previousHash = e.Hash;
        _expectedSequence++;
    }

    public ChainVerification Result() =>
        _failure ?? ChainVerification.Ok(_checked, _checked == 0 ? null : _previousHash);

    public static ChainVerification Verify(IEnumerable<AuditEvent> events)
    {
        var verifier = new AuditChainVerifier();
        foreach (var e in events)
        {
            verifier.Add(e);
            if (verifier.HasFailed)
            {
                break;
            }
        }
        return verifier.Result();
    }

    private void Fail(long sequence, string reason) => _failure = ChainVerification.Broken(_checked, sequence, reason);
}
