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
        var meetings = await CabMeetingsAsync(db, person.Id, now.AddDays(-PastDays), now.AddDays(FutureDays), ct);
        return new CalendarFeedContent(person.Id, person.DisplayName, items, meetings);
    }

    /// <summary>Meetings of the boards the person sits on, and meetings with a change they requested on the agenda.</summary>
    private static async Task<IReadOnlyList<ChangeAdvisory.MeetingSummary>> CabMeetingsAsync(PortalDbContext db, Guid personId, DateTimeOffset from,
        DateTimeOffset to, CancellationToken ct)
    {
        var boardIds = await db.BoardMembers.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.BoardId).ToListAsync(ct);
        var requestedAt = await db.ChangeReviews.AsNoTracking().Where(r => r.RequestedById == personId && r.MeetingId != null)
            .Select(r => r.MeetingId!.Value).ToListAsync(ct);
        var meetings = await db.CabMeetings.AsNoTracking()
            .Where(m => (boardIds.Contains(m.BoardId) || requestedAt.Contains(m.Id)) && m.StartsAt >= from && m.StartsAt <= to).ToListAsync(ct);
        var boards = await db.ChangeAdvisoryBoards.AsNoTracking().Where(b => meetings.Select(m => m.BoardId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        return meetings.OrderBy(m => m.StartsAt)
            .Select(m => new ChangeAdvisory.MeetingSummary(m.Id, boards[m.BoardId].Key, boards[m.BoardId].Name, m.Title, m.StartsAt, m.EndsAt, m.Location,
                m.CallLink, m.State, 0))
            .ToList();
    }
}
