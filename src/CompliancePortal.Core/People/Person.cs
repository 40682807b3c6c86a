namespace CompliancePortal.Core.People;

/// <summary>An individual directory identity, recorded the first time they sign in (or seeded as demo data).</summary>
public sealed class Person
{
    private Person() { }

    public Guid Id { get; private set; }

    /// <summary>The Entra ID object id (<c>oid</c>) or the development sign-in's stable id.</summary>
    public string ObjectId { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>Roles seen at the last sign-in, comma-separated; informative only, authorization uses the live claims.</summary>
    public string LastSeenRoles { get; private set; } = "";

    public DateTimeOffset FirstSeenAt { get; private set; }

    public DateTimeOffset? LastSignedInAt { get; private set; }

    public IReadOnlyList<string> Roles =>
        LastSeenRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Person Record(string objectId, string displayName, string email, IEnumerable<string> roles, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(objectId))
        {
            throw new ArgumentException("A person needs a directory object id.", nameof(objectId));
        }
        return new Person
        {
            Id = Guid.CreateVersion7(at),
            ObjectId = objectId.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            Email = email.Trim(),
            LastSeenRoles = string.Join(",", PortalRoles.Normalize(roles)),
            FirstSeenAt = at,
        };
    }

    /// <summary>Refreshes what the directory says about the person; true when anything other than the time changed.</summary>
    public bool SignedIn(string displayName, string email, IEnumerable<string> roles, DateTimeOffset at)
    {
        var newRoles = string.Join(",", PortalRoles.Normalize(roles));
        var newName = string.IsNullOrWhiteSpace(displayName) ? DisplayName : displayName.Trim();
        var newEmail = string.IsNullOrWhiteSpace(email) ? Email : email.Trim();
        var changed = newRoles != LastSeenRoles || newName != DisplayName || newEmail != Email;
        (LastSeenRoles, DisplayName, Email, LastSignedInAt) = (newRoles, newName, newEmail, at);
        return changed;
    }

    public object Snapshot() => new { Id, ObjectId, DisplayName, Email, Roles = LastSeenRoles };
}
