namespace CompliancePortal.Core.People;

/// <summary>The fixed role names: Entra ID app roles in production, chosen at development sign-in otherwise.</summary>
public static class PortalRoles
{
    public const string ModelOwner = nameof(ModelOwner);
    public const string CabMember = nameof(CabMember);
    public const string ComplianceOfficer = nameof(ComplianceOfficer);
    public const string Manager = nameof(Manager);
    public const string Auditor = nameof(Auditor);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } =
        [ModelOwner, CabMember, ComplianceOfficer, Manager, Auditor, Administrator];

    /// <summary>Keeps only known role names, in canonical spelling and order.</summary>
    public static IReadOnlySet<string> Normalize(IEnumerable<string> roles)
    {
        var wanted = roles.Select(r => r.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return All.Where(wanted.Contains).ToHashSet();
    }
}
