using System.Security.Cryptography;
using System.Text;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.AuditLog;

public sealed class AuditHasherTests
{
    // Exactly on a microsecond, so sub-microsecond offsets below stay inside the same microsecond.
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 26, 9, 30, 15, TimeSpan.Zero).AddTicks(1_234_560);

    [Fact]
    public void Canonical_IsAJsonArrayOfTheFieldsInFixedOrderWithUtcMicroseconds()
    {
        var e = AuditEvent.Chain(Build.PendingEvent(1, At), 1, AuditHasher.GenesisHash);

        var canonical = AuditHasher.Canonical(e);

        Assert.Equal(
            """[1,"2026-11-26T09:30:15.123456Z","0195a1b2-0000-7000-8000-000000000001","Ada Lovelace","model.updated","Model","model-1","credit-default-pd","{\u0022revision\u0022:1}","{\u0022revision\u0022:2}","0000000000000000000000000000000000000000000000000000000000000000"]""",
            canonical);
    }

    [Fact]
    public void Chain_NullAndEmptyBefore_HashDifferently()
    {
        var withNull = AuditEvent.Chain(Build.PendingEvent(1, At) with { Before = null }, 1, AuditHasher.GenesisHash);

        var withEmpty = AuditEvent.Chain(Build.PendingEvent(1, At) with { Before = "" }, 1, AuditHasher.GenesisHash);

        Assert.NotEqual(withNull.Hash, withEmpty.Hash);
    }

    [Fact]
    public void Compute_IsTheLowerCaseSha256OfTheCanonicalEncoding()
    {
        var e = AuditEvent.Chain(Build.PendingEvent(1, At), 1, AuditHasher.GenesisHash);

        var hash = AuditHasher.Compute(e);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AuditHasher.Canonical(e)))), hash);
        Assert.Equal(e.Hash, hash);
    }

    [Fact]
    public void Chain_SameInputTwice_GivesTheSameHash()
    {
        var first = AuditEvent.Chain(Build.PendingEvent(7, At), 7, AuditHasher.GenesisHash);

        var second = AuditEvent.Chain(Build.PendingEvent(7, At), 7, AuditHasher.GenesisHash);

        Assert.Equal(first.Hash, second.Hash);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    public void Chain_TimesWithinTheSameMicrosecond_HashTheSame(int ticks)
    {
        // One tick is 100 ns, the finest a DateTimeOffset holds; the chain keeps microseconds because every database does.
        var exact = AuditEvent.Chain(Build.PendingEvent(1, At), 1, AuditHasher.GenesisHash);

        var later = AuditEvent.Chain(Build.PendingEvent(1, At.AddTicks(ticks)), 1, AuditHasher.GenesisHash);

        Assert.Equal(exact.Hash, later.Hash);
        Assert.Equal(At, later.OccurredAt);
    }

    [Fact]
    public void Chain_TimesOneMicrosecondApart_HashDifferently()
    {
        var exact = AuditEvent.Chain(Build.PendingEvent(1, At), 1, AuditHasher.GenesisHash);

        var later = AuditEvent.Chain(Build.PendingEvent(1, At.AddMicroseconds(1)), 1, AuditHasher.GenesisHash);

        Assert.NotEqual(exact.Hash, later.Hash);
    }

    [Fact]
    public void Chain_SameInstantInAnotherOffset_HashesTheSame()
    {
        var utc = AuditEvent.Chain(Build.PendingEvent(1, At), 1, AuditHasher.GenesisHash);

        var paris = AuditEvent.Chain(Build.PendingEvent(1, At.ToOffset(TimeSpan.FromHours(1))), 1, AuditHasher.GenesisHash);

        Assert.Equal(utc.Hash, paris.Hash);
    }

    [Fact]
    public void Compute_RestoredEventWithFinerTimeThanStored_StillMatches()
    {
        var stored = AuditEvent.Chain(Build.PendingEvent(1, At), 1, AuditHasher.GenesisHash);
        var read = AuditEvent.Restore(stored.Sequence, stored.OccurredAt.AddTicks(3), stored.ActorId, stored.ActorName, stored.Action,
            stored.EntityType, stored.EntityId, stored.ModelKey, stored.Before, stored.After, stored.PreviousHash, stored.Hash);

        var hash = AuditHasher.Compute(read);

        Assert.Equal(stored.Hash, hash);
    }

    [Theory]
    [InlineData("Sequence")]
    [InlineData("OccurredAt")]
    [InlineData("ActorId")]
    [InlineData("ActorName")]
    [InlineData("Action")]
    [InlineData("EntityType")]
    [InlineData("EntityId")]
    [InlineData("ModelKey")]
    [InlineData("Before")]
    [InlineData("After")]
    [InlineData("PreviousHash")]
    public void Compute_AnyFieldChanged_GivesADifferentHash(string field)
    {
        var e = AuditEvent.Chain(Build.PendingEvent(1, At), 1, AuditHasher.GenesisHash);

        var changed = AuditEvent.Restore(
            field == "Sequence" ? 2 : e.Sequence,
            field == "OccurredAt" ? e.OccurredAt.AddSeconds(1) : e.OccurredAt,
            field == "ActorId" ? null : e.ActorId,
            field == "ActorName" ? "Mallory" : e.ActorName,
            field == "Action" ? "model.deleted" : e.Action,
            field == "EntityType" ? "ModelVersion" : e.EntityType,
            field == "EntityId" ? "model-2" : e.EntityId,
            field == "ModelKey" ? "other-model" : e.ModelKey,
            field == "Before" ? null : e.Before,
            field == "After" ? """{"revision":3}""" : e.After,
            field == "PreviousHash" ? new string('1', 64) : e.PreviousHash,
            e.Hash);

        Assert.NotEqual(e.Hash, AuditHasher.Compute(changed));
    }
}
