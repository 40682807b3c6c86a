using BenchmarkDotNet.Attributes;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Benchmarks;

/// <summary>CPU cost of the chain itself: hashing one event, and verifying a chain held in memory.</summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private List<AuditEvent> _chain = [];
    private PendingAuditEvent _pending = default!;

    [Params(10_000, 100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pending = ChainFactory.Pending(1);
        _chain = ChainFactory.Build(Events);
    }

    [Benchmark]
    public string HashOneEvent() => AuditEvent.Chain(_pending, 1, AuditHasher.GenesisHash).Hash;

    [Benchmark]
    public bool VerifyChain() => AuditChainVerifier.Verify(_chain).Valid;
}
