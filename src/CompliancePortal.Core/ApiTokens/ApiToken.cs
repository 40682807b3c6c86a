using System.Security.Cryptography;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.ApiTokens;

/// <summary>
/// A personal bearer token for scripts and pipelines. Only its SHA-256 is stored; it carries the roles its
/// person held when it was created (never more), expires, and can be revoked.
/// </summary>
public sealed class ApiToken
{
    public const string Scheme = "cpt_";
    public const int MaxLifetimeDays = 365;

    private ApiToken() { }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the token, shown so a person can tell their tokens apart.</summary>
    public string Prefix { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public string Roles { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>Creates a token for <paramref name="actor"/>; the secret is returned once and never stored.</summary>
    public static (ApiToken Token, string Secret) Issue(Actor actor, string name, int lifetimeDays, DateTimeOffset at)
    {
        new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(name) || name.Length > 100, nameof(Name), "Name the token (at most 100 characters) so you can recognise it later, e.g. 'CI pipeline'.")
            .When(lifetimeDays is < 1 or > MaxLifetimeDays, "LifetimeDays", $"A token must expire within 1 to {MaxLifetimeDays} days.")
            .ThrowIfAny();
        var personId = actor.RequirePerson();
        var secret = Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(at),
            PersonId = personId,
            Name = name.Trim(),
            Prefix = secret[..12],
            TokenHash = HashOf(secret),
            Roles = string.Join(",", PortalRoles.Normalize(actor.Roles)),
            CreatedAt = at,
            ExpiresAt = at.AddDays(lifetimeDays),
        };
        return (token, secret);
    }

    public void Revoke(Actor actor, DateTimeOffset at)
    {
        if (actor.PersonId != PersonId)
        {
            throw new AccessDeniedException("Only the person a token belongs to can revoke it.");
        }
        if (RevokedAt is not null)
        {
            throw new DomainRuleException("This token is already revoked.");
        }
        RevokedAt = at;
    }

    public static string HashOf(string secret) => Hashes.Sha256Hex(secret);

    public object Snapshot() => new { Id, PersonId, Name, Prefix, Roles, ExpiresAt, RevokedAt };

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
