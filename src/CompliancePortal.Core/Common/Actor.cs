namespace CompliancePortal.Core.Common;

/// <summary>The person (or the portal itself) on whose behalf a change is made.</summary>
public sealed record Actor(Guid? PersonId, string DisplayName, IReadOnlySet<string> Roles)
{
    public static Actor System { get; } = new(null, "Compliance Portal (system)", new HashSet<string>());

    public bool IsSystem => PersonId is null;

    public bool HasRole(string role) => Roles.Contains(role);

    public Guid RequirePerson() =>
        PersonId ?? throw new AccessDeniedException("This change must be made by a named person, not by the system.");
}
