using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Revalidation;

/// <summary>Creates, revokes and resolves people's private calendar feeds; each person has at most one active feed.</summary>
public sealed class CalendarFeedService(IDbContextFactory<PortalDbContext> contexts, AuditedChanges changes, TimeProvider time)
{
    /// <summary>How far back a feed reaches, so recent sign-offs stay visible in a calendar app.</summary>
    public const int PastDays = 120;

    /// <summary>How far ahead a feed reaches; with <see cref="PastDays"/> within <see cref="RevalidationQueries.MaxCalendarDays"/>.</summary>
    public const int FutureDays = 270;

    private static readonly string[] SeeEveryModel = [PortalRoles.ComplianceOfficer, PortalRoles.Manager, PortalRoles.Auditor];

    /// <summary>Creates a new feed URL secret, revoking the person's previous feed: a new URL replaces the old one.</summary>
    public Task<IssuedCalendarFeed> CreateAsync(Actor actor, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var personId = actor.RequirePerson();
            foreach (var old in await db.CalendarFeeds.Where(f => f.PersonId == personId && f.RevokedAt == null).ToListAsync(ct))
            {
                var before = old.Snapshot();
                old.Revoke(actor, audit.At);
                audit.Record("calendar-feed.revoked", nameof(CalendarFeed), old.Id.ToString(), before, old.Snapshot());
            }
            var (feed, secret) = CalendarFeed.Issue(actor, audit.At);
            db.CalendarFeeds.Add(feed);
            audit.Record("calendar-feed.created", nameof(CalendarFeed), feed.Id.ToString(), null, feed.Snapshot());
            return new IssuedCalendarFeed(feed.Id, secret, feed.CreatedAt);
        }, ct);

    public Task RevokeAsync(Actor actor, Guid feedId, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.Id == feedId, ct)
                ?? throw new NotFoundException("That calendar feed does not exist.");
            var before = feed.Snapshot();
            feed.Revoke(actor, audit.At);
            audit.Record("calendar-feed.revoked", nameof(CalendarFeed), feed.Id.ToString(), before, feed.Snapshot());
        }, ct);

    public async Task<CalendarFeedSummary?> ActiveAsync(Guid personId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var feed = await db.CalendarFeeds.AsNoTracking().Where(f => f.PersonId == personId && f.RevokedAt == null).ToListAsync(ct);
        return feed.OrderByDescending(f => f.CreatedAt).Select(f => new CalendarFeedSummary(f.Id, f.Prefix, f.CreatedAt)).FirstOrDefault();
    }

    /// <summary>
    /// The revalidations an active feed shows, or null when the secret is unknown or revoked. Compliance officers,
    /// managers and auditors see every model; everyone else the models they own or back up.
    /// </summary>
    public async Task<CalendarFeedContent?> ContentAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(CalendarFeed.Scheme, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }
        var hash = CalendarFeed.HashOf(secret);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var feed = await db.CalendarFeeds.AsNoTracking().Include(f => f.Person).SingleOrDefaultAsync(f => f.SecretHash == hash, ct);
        if (feed is not { IsActive: true, Person: { } person })
        {
            return null;
        }
        var now = time.GetUtcNow();
        var filter = new RevalidationCalendarFilter(
            OwnerId: person.Roles.Any(SeeEveryModel.Contains) ? null : person.Id,
            IncludeEarlierOverdue: true);
        var state = await RevalidationState.LoadAsync(db, ct);
        var items = RevalidationCalendar.Items(state.Schedules, state.Reviews, now.AddDays(-PastDays), now.AddDays(FutureDays), now, filter);
        return new CalendarFeedContent(person.Id, person.DisplayName, items);
    }
}
