using CompliancePortal.Core.People;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.People;

public sealed class PersonTests
{
    [Fact]
    public void Record_KeepsKnownRolesInCanonicalSpellingAndOrder_AndDropsUnknownOnes()
    {
        var person = Person.Record("oid-1", "Ada Lovelace", "ada@example.com", ["cabmember", " ModelOwner ", "Wizard"], Build.Now);

        Assert.Equal(new[] { PortalRoles.ModelOwner, PortalRoles.CabMember }, person.Roles);
    }

    [Fact]
    public void Record_TrimsTheDirectoryDetails()
    {
        var person = Person.Record(" oid-1 ", "  Ada Lovelace ", " ada@example.com ", [], Build.Now);

        Assert.Equal("oid-1", person.ObjectId);
        Assert.Equal("Ada Lovelace", person.DisplayName);
        Assert.Equal("ada@example.com", person.Email);
        Assert.Equal(Build.Now, person.FirstSeenAt);
        Assert.Null(person.LastSignedInAt);
    }

    [Fact]
    public void Record_WithoutADisplayName_IsNamedByEmail()
    {
        var person = Person.Record("oid-1", " ", "ada@example.com", [], Build.Now);

        Assert.Equal("ada@example.com", person.DisplayName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Record_WithoutAnObjectId_IsRefused(string objectId)
    {
        var refused = Assert.Throws<ArgumentException>(() => Person.Record(objectId, "Ada Lovelace", "ada@example.com", [], Build.Now));

        Assert.Equal("objectId", refused.ParamName);
    }

    [Fact]
    public void SignedIn_WithTheSameDetails_ReportsNoChangeButRecordsTheTime()
    {
        var person = Known();

        var changed = person.SignedIn("Ada Lovelace", "ada@example.com", [PortalRoles.ModelOwner], Build.Now.AddDays(1));

        Assert.False(changed);
        Assert.Equal(Build.Now.AddDays(1), person.LastSignedInAt);
    }

    [Fact]
    public void SignedIn_WithRolesDifferingOnlyInCaseOrderOrUnknownNames_ReportsNoChange()
    {
        var person = Person.Record("oid-1", "Ada Lovelace", "ada@example.com", [PortalRoles.ModelOwner, PortalRoles.Auditor], Build.Now);

        var changed = person.SignedIn("Ada Lovelace", "ada@example.com", ["auditor", "Wizard", "MODELOWNER"], Build.Now.AddDays(1));

        Assert.False(changed);
    }

    [Fact]
    public void SignedIn_WithAnAddedRole_ReportsAChange()
    {
        var person = Known();

        var changed = person.SignedIn("Ada Lovelace", "ada@example.com", [PortalRoles.ModelOwner, PortalRoles.ComplianceOfficer], Build.Now.AddDays(1));

        Assert.True(changed);
        Assert.Equal(new[] { PortalRoles.ModelOwner, PortalRoles.ComplianceOfficer }, person.Roles);
    }

    [Fact]
    public void SignedIn_WithARemovedRole_ReportsAChange()
    {
        var person = Known();

        var changed = person.SignedIn("Ada Lovelace", "ada@example.com", [], Build.Now.AddDays(1));

        Assert.True(changed);
        Assert.Empty(person.Roles);
    }

    [Fact]
    public void SignedIn_WithANewNameOrEmail_ReportsAChange()
    {
        var renamed = Known();
        var moved = Known();

        var nameChanged = renamed.SignedIn("Ada King", "ada@example.com", [PortalRoles.ModelOwner], Build.Now.AddDays(1));
        var emailChanged = moved.SignedIn("Ada Lovelace", "ada.king@example.com", [PortalRoles.ModelOwner], Build.Now.AddDays(1));

        Assert.True(nameChanged);
        Assert.Equal("Ada King", renamed.DisplayName);
        Assert.True(emailChanged);
        Assert.Equal("ada.king@example.com", moved.Email);
    }

    [Fact]
    public void SignedIn_WithBlankNameAndEmail_KeepsTheKnownOnes()
    {
        var person = Known();

        var changed = person.SignedIn(" ", "", [PortalRoles.ModelOwner], Build.Now.AddDays(1));

        Assert.False(changed);
        Assert.Equal("Ada Lovelace", person.DisplayName);
        Assert.Equal("ada@example.com", person.Email);
    }

    private static Person Known() =>
        Person.Record("oid-1", "Ada Lovelace", "ada@example.com", [PortalRoles.ModelOwner], Build.Now);
}
