using System.Security.Cryptography;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// A person's private iCalendar feed of the revalidations that concern them. Calendar apps cannot sign in, so the URL's
/// secret is the only credential: only its SHA-256 is stored, and the person can revoke it at any time.
/// </summary>
public sealed class CalendarFeed
{
    /// <summary>Marks a feed secret so it cannot be mistaken for (or tried as) an API token.</summary>
    public const string Scheme = "cpf_";

    private CalendarFeed() { }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }

    /// <summary>The first characters of the secret, shown so a person can tell which URL a calendar app holds.</summary>
    public string Prefix { get; private set; } = "";

    public string SecretHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Creates a feed for <paramref name="actor"/>; the secret is returned once and never stored.</summary>
    public static (CalendarFeed Feed, string Secret) Issue(Actor actor, DateTimeOffset at)
    {
        var personId = actor.RequirePerson();
        var secret = Scheme + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var feed = new CalendarFeed
        {
            Id = Guid.CreateVersion7(at),
            PersonId = personId,
            Prefix = secret[..12],
            SecretHash = HashOf(secret),
            CreatedAt = at,
        };
        return (feed, secret);
    }

    public void Revoke(Actor actor, DateTimeOffset at)
    {
        if (actor.PersonId != PersonId)
        {
            throw new AccessDeniedException("Only the person a calendar feed belongs to can revoke it.");
        }
        if (RevokedAt is not null)
        {
            throw new DomainRuleException("This calendar feed is already revoked.");
        }
        RevokedAt = at;
    }

    public static string HashOf(string secret) => Hashes.Sha256Hex(secret);

    public object Snapshot() => new { Id, PersonId, Prefix, CreatedAt, RevokedAt };
}
