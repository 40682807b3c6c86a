using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.People;

/// <summary>Records people as they sign in and answers who is known to the portal.</summary>
public sealed class PersonDirectory(IDbContextFactory<PortalDbContext> contexts, AuditedChanges changes)
{
    /// <summary>Records an interactive sign-in: a new person is registered; a known one has their details refreshed.</summary>
    public Task<Person> SignedInAsync(SignInIdentity identity, CancellationToken ct = default) =>
        changes.RunAsync(Actor.System, async (db, audit) =>
        {
            var person = await db.People.SingleOrDefaultAsync(p => p.ObjectId == identity.ObjectId, ct);
            if (person is null)
            {
                person = Person.Record(identity.ObjectId, identity.DisplayName, identity.Email, identity.Roles, audit.At);
                person.SignedIn(identity.DisplayName, identity.Email, identity.Roles, audit.At);
                db.People.Add(person);
                audit.RecordAs(ActorOf(person), "person.registered", nameof(Person), person.Id.ToString(), null, person.Snapshot());
            }
            else
            {
                var before = person.Snapshot();
                var changed = person.SignedIn(identity.DisplayName, identity.Email, identity.Roles, audit.At);
                audit.RecordAs(ActorOf(person), changed ? "person.updated" : "person.signed-in", nameof(Person), person.Id.ToString(),
                    changed ? before : null, person.Snapshot());
            }
            return person;
        }, ct);

    /// <summary>
    /// Records a caller of the API: a person first seen through a bearer token is registered; a known one is only
    /// written (and audited) when what the directory says about them changed, not on every call.
    /// </summary>
    public async Task<Person> RecordApiCallerAsync(SignInIdentity identity, CancellationToken ct = default)
    {
        var known = await FindByObjectIdAsync(identity.ObjectId, ct);
        if (known is not null && known.DisplayName == identity.DisplayName.Trim() && known.Email == identity.Email.Trim()
            && known.LastSeenRoles == string.Join(",", PortalRoles.Normalize(identity.Roles)))
        {
            return known;
        }
        return await SignedInAsync(identity, ct);
    }

    private static Actor ActorOf(Person person) => new(person.Id, person.DisplayName, PortalRoles.Normalize(person.Roles));

    public async Task<Person?> FindByObjectIdAsync(string objectId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.ObjectId == objectId, ct);
    }

    public async Task<IReadOnlyList<PersonSummary>> SearchAsync(string? term, int max = 20, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Applications calling with their own Entra tokens are recorded too, but only people with an e-mail can own models.
        var query = db.People.AsNoTracking().Where(p => p.Email != "");
        if (!string.IsNullOrWhiteSpace(term))
        {
            var t = term.Trim().ToLowerInvariant();
            query = query.Where(p => p.DisplayName.ToLower().Contains(t) || p.Email.ToLower().Contains(t));
        }
        var people = await query.OrderBy(p => p.DisplayName).Take(Math.Clamp(max, 1, 100)).ToListAsync(ct);
        return people.Select(p => new PersonSummary(p.Id, p.DisplayName, p.Email, p.Roles)).ToList();
    }

    public async Task<PersonSummary?> FindByEmailAsync(string email, CancellationToken ct = default)
    {
        var e = email.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var p = await db.People.AsNoTracking().FirstOrDefaultAsync(x => x.Email.ToLower() == e, ct);
        return p is null ? null : new PersonSummary(p.Id, p.DisplayName, p.Email, p.Roles);
    }

    public async Task<PersonSummary?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var p = await db.People.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new PersonSummary(p.Id, p.DisplayName, p.Email, p.Roles);
    }
}
