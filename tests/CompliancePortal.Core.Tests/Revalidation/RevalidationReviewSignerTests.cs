using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Revalidation;

/// <summary>Who may give each of the two signatures: the owner side, and an independent compliance officer.</summary>
public sealed class RevalidationReviewSignerTests
{
    private static readonly DateTimeOffset Day = Revalidations.FirstDue.AddDays(3);

    [Fact]
    public void SignAsOwner_BySomeoneWhoDoesNotOwnTheModel_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        var stranger = Build.Person(PortalRoles.ModelOwner);

        var refused = Assert.Throws<AccessDeniedException>(() => review.SignAsOwner(model, stranger, RevalidationOutcome.Pass, null, Day));

        Assert.Contains("owner or backup owner", refused.Message);
        Assert.Null(review.OwnerSignature);
    }

    [Fact]
    public void SignAsOwner_ByTheBackupOwner_IsAccepted()
    {
        var backup = Guid.NewGuid();
        var model = Build.Model(backupOwner: backup);
        var review = Revalidations.Open(model);

        review.SignAsOwner(model, new Actor(backup, "Backup", new HashSet<string>()), RevalidationOutcome.Pass, null, Day);

        Assert.Equal(backup, review.OwnerSignature?.PersonId);
    }

    [Fact]
    public void SignAsOwner_ByTheSystem_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        Assert.Throws<AccessDeniedException>(() => review.SignAsOwner(model, Actor.System, RevalidationOutcome.Pass, null, Day));

        Assert.Null(review.OwnerSignature);
    }

    [Theory]
    [InlineData(PortalRoles.Administrator)]
    [InlineData(PortalRoles.Manager)]
    [InlineData(PortalRoles.Auditor)]
    [InlineData(PortalRoles.CabMember)]
    public void SignAsComplianceOfficer_WithoutTheComplianceOfficerRole_IsRefused(string role)
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);

        var refused = Assert.Throws<AccessDeniedException>(() => review.SignAsComplianceOfficer(model, Build.Person(role), RevalidationOutcome.Pass, null, Day));

        Assert.Contains("ComplianceOfficer role", refused.Message);
        Assert.Null(review.ComplianceOfficerSignature);
    }

    [Fact]
    public void SignAsComplianceOfficer_ByTheModelOwner_IsRefused()
    {
        var model = Build.Model();
        var review = Revalidations.Open(model);
        var ownerWhoIsAlsoOfficer = new Actor(model.OwnerId, "Grace Hopper", new HashSet<string> { PortalRoles.ComplianceOfficer });

        var refused = Assert.Throws<AccessDeniedException>(() => review.SignAsComplianceOfficer(model, ownerWhoIsAlsoOfficer, RevalidationOutcome.Pass, null, Day));

        Assert.Contains("must not own the model", refused.Message);
    }

    [Fact]
    public void SignAsComplianceOfficer_ByTheBackupOwner_IsRefused()
    {
        var backup = Guid.NewGuid();
        var model = Build.Model(backupOwner: backup);
        var review = Revalidations.Open(model);
        var backupWhoIsAlsoOfficer = new Actor(backup, "Backup", new HashSet<string> { PortalRoles.ComplianceOfficer });

        var refused = Assert.Throws<AccessDeniedException>(() => review.SignAsComplianceOfficer(model, backupWhoIsAlsoOfficer, RevalidationOutcome.Pass, null, Day));

        Assert.Contains("must not own the model", refused.Message);
    }

    [Fact]
    public void SignAsOwner_ByTheOfficerWhoAlreadySignedAndHasSinceBecomeBackupOwner_IsRefused()
    {
        var model = Build.Model();
        var officer = Revalidations.Officer();
        var review = Revalidations.Open(model);
        review.SignAsComplianceOfficer(model, officer, RevalidationOutcome.Pass, null, Day);
        model.Update(Build.Details(model.RiskTier, model.OwnerId, officer.PersonId), Day.AddHours(1));

        var refused = Assert.Throws<AccessDeniedException>(() => review.SignAsOwner(model, officer, RevalidationOutcome.Pass, null, Day.AddHours(2)));

        Assert.Contains("both signatures", refused.Message);
        Assert.True(review.IsOpen);
    }

    [Fact]
    public void SignAsComplianceOfficer_ByTheOwnerWhoAlreadySignedAndHasSinceHandedTheModelOver_IsRefused()
    {
        var model = Build.Model();
        var formerOwner = new Actor(model.OwnerId, "Grace Hopper", new HashSet<string> { PortalRoles.ModelOwner, PortalRoles.ComplianceOfficer });
        var review = Revalidations.Open(model);
        review.SignAsOwner(model, formerOwner, RevalidationOutcome.Pass, null, Day);
        model.Update(Build.Details(model.RiskTier, Guid.NewGuid()), Day.AddHours(1));

        var refused = Assert.Throws<AccessDeniedException>(() => review.SignAsComplianceOfficer(model, formerOwner, RevalidationOutcome.Pass, null, Day.AddHours(2)));

        Assert.Contains("both signatures", refused.Message);
        Assert.True(review.IsOpen);
    }

    [Fact]
    public void Sign_WithAnotherModel_IsRefused()
    {
        var model = Build.Model();
        var other = Revalidations.Model("fraud-score");
        var review = Revalidations.Open(model);

        Assert.Throws<ArgumentException>(() => review.SignAsOwner(other, Revalidations.Owner(other), RevalidationOutcome.Pass, null, Day));

        Assert.Null(review.OwnerSignature);
    }
}
