using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Tests.People;

public sealed class PortalRolesTests
{
    [Fact]
    public void Normalize_KnownRolesInAnySpelling_ComeBackCanonicalInFixedOrder()
    {
        var roles = PortalRoles.Normalize(["administrator", " Auditor ", "CABMEMBER", "ModelOwner"]);

        Assert.Equal(new[] { "ModelOwner", "CabMember", "Auditor", "Administrator" }, roles);
    }

    [Fact]
    public void Normalize_UnknownRoles_AreDropped()
    {
        var roles = PortalRoles.Normalize(["Owner", "Compliance Officer", "Admin", "", "Manager"]);

        Assert.Equal(new[] { PortalRoles.Manager }, roles);
    }

    [Fact]
    public void Normalize_TheSameRoleTwice_IsKeptOnce()
    {
        var roles = PortalRoles.Normalize(["ComplianceOfficer", "complianceofficer"]);

        Assert.Equal(new[] { PortalRoles.ComplianceOfficer }, roles);
    }

    [Fact]
    public void Normalize_NoRoles_GivesNone()
    {
        var roles = PortalRoles.Normalize([]);

        Assert.Empty(roles);
    }

    [Fact]
    public void All_HoldsTheSixFixedRoleNames()
    {
        var all = PortalRoles.All;

        Assert.Equal(new[] { "ModelOwner", "CabMember", "ComplianceOfficer", "Manager", "Auditor", "Administrator" }, all);
    }
}
