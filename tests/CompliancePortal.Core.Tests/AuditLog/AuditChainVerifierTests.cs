using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.AuditLog;

public sealed class AuditChainVerifierTests
{
    [Fact]
    public void Verify_IntactChain_IsValidWithItsCountAndLastHash()
    {
        var chain = Build.AuditChain(5);

        var result = AuditChainVerifier.Verify(chain);

        Assert.True(result.Valid);
        Assert.Equal(5, result.CheckedEvents);
        Assert.Equal(chain[^1].Hash, result.LastHash);
        Assert.Null(result.FirstBadSequence);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Verify_EmptyChain_IsValidWithNoEvents()
    {
        var result = AuditChainVerifier.Verify([]);

        Assert.True(result.Valid);
        Assert.Equal(0, result.CheckedEvents);
        Assert.Null(result.LastHash);
    }

    [Fact]
    public void Verify_ChangedAfterOfTheThirdEvent_FailsAtSequenceThree()
    {
        var chain = Build.AuditChain(5);
        chain[2] = Build.Tampered(chain[2], after: """{"revision":99}""");

        var result = AuditChainVerifier.Verify(chain);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBadSequence);
        Assert.Contains("content does not match its hash", result.Reason);
        Assert.Null(result.LastHash);
    }

    [Fact]
    public void Verify_TwoTamperedEvents_ReportsTheFirst()
    {
        var chain = Build.AuditChain(5);
        chain[3] = Build.Tampered(chain[3], after: """{"revision":99}""");
        chain[1] = Build.Tampered(chain[1], after: """{"revision":98}""");

        var result = AuditChainVerifier.Verify(chain);

        Assert.Equal(2, result.FirstBadSequence);
        Assert.Equal(2, result.CheckedEvents);
    }

    [Fact]
    public void Verify_ChangedEventWithItsHashRecomputed_FailsAtTheNextEvent()
    {
        var chain = Build.AuditChain(5);
        var forged = Build.Tampered(chain[2], after: """{"revision":99}""");
        chain[2] = Build.Tampered(forged, hash: AuditHasher.Compute(forged));

        var result = AuditChainVerifier.Verify(chain);

        Assert.False(result.Valid);
        Assert.Equal(4, result.FirstBadSequence);
        Assert.Contains("previous hash", result.Reason);
    }

    [Fact]
    public void Verify_DeletedMiddleEvent_FailsAtTheGap()
    {
        var chain = Build.AuditChain(5);
        chain.RemoveAt(2);

        var result = AuditChainVerifier.Verify(chain);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBadSequence);
        Assert.Contains("missing or out of order", result.Reason);
    }

    [Fact]
    public void Verify_ReorderedEvents_FailAtTheFirstOutOfPlace()
    {
        var chain = Build.AuditChain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var result = AuditChainVerifier.Verify(chain);

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_ChangedPreviousHash_FailsAtThatEvent()
    {
        var chain = Build.AuditChain(5);
        var relinked = Build.Tampered(chain[2], previousHash: chain[0].Hash);
        chain[2] = Build.Tampered(relinked, hash: AuditHasher.Compute(relinked));

        var result = AuditChainVerifier.Verify(chain);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBadSequence);
        Assert.Contains("previous hash", result.Reason);
    }

    [Fact]
    public void Verify_ChainThatDoesNotStartAtGenesis_FailsAtTheFirstEvent()
    {
        var chain = Build.AuditChain(3);
        var rewritten = Build.Tampered(chain[0], previousHash: new string('f', 64));
        chain[0] = Build.Tampered(rewritten, hash: AuditHasher.Compute(rewritten));

        var result = AuditChainVerifier.Verify(chain);

        Assert.Equal(1, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_TruncatedTail_StillVerifies_SoTailLossIsCaughtOnlyByComparingLastHashAndCountWithARecordKeptElsewhere()
    {
        var chain = Build.AuditChain(5);
        var anchored = AuditChainVerifier.Verify(chain);

        var truncated = AuditChainVerifier.Verify(chain.Take(3));

        Assert.True(truncated.Valid);
        Assert.Equal(3, truncated.CheckedEvents);
        Assert.NotEqual(anchored.LastHash, truncated.LastHash);
        Assert.NotEqual(anchored.CheckedEvents, truncated.CheckedEvents);
    }

    [Fact]
    public void Add_EventsFedOneByOne_GiveTheSameResultAsVerify()
    {
        var chain = Build.AuditChain(4);
        chain[2] = Build.Tampered(chain[2], after: "{}");
        var verifier = new AuditChainVerifier();

        foreach (var e in chain)
        {
            verifier.Add(e);
        }

        Assert.True(verifier.HasFailed);
        Assert.Equal(AuditChainVerifier.Verify(chain), verifier.Result());
    }
}
