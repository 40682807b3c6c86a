using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Benchmarks;

internal static class ChainFactory
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static PendingAuditEvent Pending(int n) => new(Start.AddSeconds(n), Guid.CreateVersion7(), "Olivia Owens", "model.updated", "Model",
        Guid.CreateVersion7().ToString(), "credit-default-pd",
        $$"""{"id":"{{n}}","name":"Retail credit probability of default","riskTier":"Critical","revision":{{n}}}""",
        $$"""{"id":"{{n}}","name":"Retail credit probability of default","riskTier":"Critical","revision":{{n + 1}}}""");

    public static List<AuditEvent> Build(int count)
    {
        var chain = new List<AuditEvent>(count);
        var previous = AuditHasher.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var e = AuditEvent.Chain(Pending(i), i, previous);
            chain.Add(e);
            previous = e.Hash;
        }
        return chain;
    }
}
