using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Revalidation;

/// <summary>The sign-off rules as pages ask them, before anyone signs: the same answers the review gives when signed.</summary>
public sealed class RevalidationSignOffTests
{
    private static readonly Guid OwnerId = Guid.NewGuid();
    private static readonly Guid BackupId = Guid.NewGuid();
    private static readonly ReviewSignatures Unsigned = new(IsOpen: true, null, null);

    [Fact]
    public void Owner_AndBackupOwner_MaySignAsOwner_ButNotAsComplianceOfficer()
    {
        foreach (var id in new[] { OwnerId, BackupId })
        {
            var steward = new Actor(id, "Grace Hopper", new HashSet<string> { PortalRoles.ModelOwner, PortalRoles.ComplianceOfficer });

            Assert.Null(RevalidationSignOff.OwnerRefusal(steward, Unsigned, OwnerId, BackupId));
            var refusal = RevalidationSignOff.ComplianceOfficerRefusal(steward, Unsigned, OwnerId, BackupId);
            Assert.IsType<AccessDeniedException>(refusal);
            Assert.Contains("must not own the model", refusal.Message);
        }
    }

    [Fact]
    public void ComplianceOfficer_WhoDoesNotOwnTheModel_MaySignSecond_ButNotAsOwner()
    {
        var officer = Revalidations.Officer();

        Assert.Null(RevalidationSignOff.ComplianceOfficerRefusal(officer, Unsigned, OwnerId, BackupId));
        Assert.IsType<AccessDeniedException>(RevalidationSignOff.OwnerRefusal(officer, Unsigned, OwnerId, BackupId));
    }

    [Fact]
    public void APersonWithoutTheComplianceOfficerRole_CannotSignSecond()
    {
        var stranger = Build.Person(PortalRoles.ModelOwner);

        var refusal = RevalidationSignOff.ComplianceOfficerRefusal(stranger, Unsigned, OwnerId, BackupId);

        Assert.Contains("needs the ComplianceOfficer role", refusal?.Message);
    }

    [Fact]
    public void ASignatureAlreadyGiven_CannotBeGivenAgain_ByAnyone()
    {
        var officer = Revalidations.Officer();
        var owner = new Actor(OwnerId, "Grace Hopper", new HashSet<string> { PortalRoles.ModelOwner });
        var signed = new ReviewSignatures(true, Signature(BackupId), Signature(Guid.NewGuid()));

        Assert.IsType<DomainRuleException>(RevalidationSignOff.OwnerRefusal(owner, signed, OwnerId, BackupId));
        Assert.IsType<DomainRuleException>(RevalidationSignOff.ComplianceOfficerRefusal(officer, signed, OwnerId, BackupId));
    }

    [Fact]
    public void ASignedOffReview_TakesNoSignature()
    {
        var owner = new Actor(OwnerId, "Grace Hopper", new HashSet<string> { PortalRoles.ModelOwner });
        var closed = new ReviewSignatures(IsOpen: false, null, null);

        Assert.Contains("already signed off", RevalidationSignOff.OwnerRefusal(owner, closed, OwnerId, BackupId)?.Message);
        Assert.Contains("already signed off", RevalidationSignOff.ComplianceOfficerRefusal(Revalidations.Officer(), closed, OwnerId, BackupId)?.Message);
    }

    [Fact]
    public void ThePortalItself_SignsNothing()
    {
        Assert.IsType<AccessDeniedException>(RevalidationSignOff.OwnerRefusal(Actor.System, Unsigned, OwnerId, BackupId));
        Assert.IsType<AccessDeniedException>(RevalidationSignOff.ComplianceOfficerRefusal(Actor.System, Unsigned, OwnerId, BackupId));
    }

    private static RevalidationSignature Signature(Guid personId) =>
        new(personId, "Someone", RevalidationOutcome.Pass, null, Build.Now);
}
