using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Tests.AuditPacks;

public class AuditPackTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Officer = new(Guid.NewGuid(), "Priya Raman", new HashSet<string> { PortalRoles.ComplianceOfficer });

    [Fact]
    public void Request_IsQueuedWithItsScopeAndRequester()
    {
        var pack = AuditPack.Request(Guid.NewGuid(), "credit", "1.0.0", new DateOnly(2026, 1, 1), null, Officer, At);

        Assert.Equal(AuditPackStatus.Queued, pack.Status);
        Assert.Equal("Priya Raman", pack.RequestedByName);
        Assert.Equal(Officer.PersonId, pack.RequestedById);
        Assert.Equal("1.0.0", pack.VersionLabel);
    }

    [Fact]
    public void Request_ByTheSystem_IsRefused()
    {
        Assert.Throws<AccessDeniedException>(() => AuditPack.Request(Guid.NewGuid(), "credit", null, null, null, Actor.System, At));
    }

    [Fact]
    public void Start_OfAPackAlreadyStarted_IsRefused_SoARetriedJobCannotGenerateItTwice()
    {
        var pack = Queued();
        pack.Start(5, At);

        var refused = Assert.Throws<DomainRuleException>(() => pack.Start(5, At));

        Assert.Contains("cannot be generated again", refused.Message);
    }

    [Fact]
    public void Advance_RecordsTheStepAndKeepsProgressWithinTheTotal()
    {
        var pack = Queued();
        pack.Start(4, At);

        pack.Advance("Model cards", 9);

        Assert.Equal("Model cards", pack.CurrentStep);
        Assert.Equal(4, pack.StepsDone);
    }

    [Fact]
    public void Complete_KeepsTheHashSizePagesAndSigner()
    {
        var pack = Queued();
        pack.Start(3, At);

        pack.Complete(new string('a', 64), 1234, 12, new string('b', 64), "CN=Portal", At.AddSeconds(2));

        Assert.Equal(AuditPackStatus.Ready, pack.Status);
        Assert.Equal(new string('a', 64), pack.Sha256);
        Assert.Equal(12, pack.PageCount);
        Assert.Equal(3, pack.StepsDone);
        Assert.Null(pack.CurrentStep);
    }

    [Fact]
    public void Complete_OfAPackNotBeingGenerated_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => Queued().Complete(new string('a', 64), 1, 1, new string('b', 64), "CN=Portal", At));
    }

    [Fact]
    public void Fail_AfterTheFileIsReady_IsRefused()
    {
        var pack = Queued();
        pack.Start(1, At);
        pack.Complete(new string('a', 64), 1, 1, new string('b', 64), "CN=Portal", At);

        Assert.Throws<DomainRuleException>(() => pack.Fail("late", At));
    }

    [Fact]
    public void Fail_KeepsAMessageNoLongerThanTheColumn()
    {
        var pack = Queued();

        pack.Fail(new string('x', AuditPack.MaxErrorLength + 50), At);

        Assert.Equal(AuditPackStatus.Failed, pack.Status);
        Assert.Equal(AuditPack.MaxErrorLength, pack.Error!.Length);
    }

    [Theory]
    [InlineData(null, "2026-01-01", "2026-02-01", "ModelKey")]
    [InlineData("credit", "2026-03-01", "2026-02-01", "To")]
    public void Request_WithoutAModelOrWithAReversedRange_NamesTheField(string? key, string from, string to, string field)
    {
        var errors = new AuditPackRequest(key, null, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)).Validate();

        var refused = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);
        Assert.Contains(field, refused.Errors.Keys);
    }

    private static AuditPack Queued() => AuditPack.Request(Guid.NewGuid(), "credit", null, null, null, Officer, At);
}
