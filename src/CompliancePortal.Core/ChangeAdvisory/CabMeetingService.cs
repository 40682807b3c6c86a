using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// The chair's side of a board: scheduling meetings, building their agendas from the open reviews in scope, deferring
/// items, and closing the meeting, which fixes its minutes. Each call is one audited transaction.
/// </summary>
public sealed class CabMeetingService(AuditedChanges changes, LiveUpdates live)
{
    public async Task<Guid> ScheduleAsync(Actor actor, string boardKey, MeetingDefinition definition, CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var meeting = await changes.RunAsync(actor, async (db, audit) =>
        {
            var board = await db.ChangeAdvisoryBoards.Include(b => b.Members).SingleOrDefaultAsync(b => b.Key == boardKey, ct)
                ?? throw new NotFoundException($"There is no board with the key '{boardKey}'.");
            var meeting = CabMeeting.Schedule(board, actor, definition, audit.At);
            db.CabMeetings.Add(meeting);
            audit.Record("cab.meeting-scheduled", nameof(CabMeeting), meeting.Id.ToString(), null, meeting.Snapshot());
            foreach (var member in board.Members.Where(m => m.PersonId != actor.PersonId))
            {
                db.Notifications.Add(Notification.To(member.PersonId,
                    $"{board.Name} meets on {meeting.StartsAt:yyyy-MM-dd HH:mm} UTC: {meeting.Title}.", Link(meeting), audit.At));
                notified.Add(member.PersonId);
            }
            return meeting;
        }, ct);
        Publish(meeting.BoardId, meeting.Id, null, notified);
        return meeting.Id;
    }

    /// <param name="votingOpensAt">When votes start to count; null for now, so members can vote before the meeting.</param>
    /// <param name="votingClosesAt">An optional deadline after which votes are refused as late.</param>
    public async Task AddToAgendaAsync(Actor actor, Guid meetingId, Guid reviewId, DateTimeOffset? votingOpensAt, DateTimeOffset? votingClosesAt,
        CancellationToken ct = default)
    {
        var notified = new List<Guid>();
        var review = await changes.RunAsync(actor, async (db, audit) =>
        {
            var meeting = await FindMeetingAsync(db, meetingId, ct);
            var review = await ChangeReviewService.FindAsync(db, reviewId, ct);
            var board = await BoardAsync(db, meeting.BoardId, ct);
            var position = await db.ChangeReviews.CountAsync(r => r.MeetingId == meeting.Id, ct) + 1;
            var model = await db.Models.SingleAsync(m => m.Id == review.ModelId, ct);
            var before = review.Snapshot();
            review.PlaceOnAgenda(meeting, board, model, actor, new VotingWindow(votingOpensAt ?? audit.At, votingClosesAt), position);
            audit.Record("cab.agenda-item-added", nameof(ChangeReview), review.Id.ToString(), before, review.Snapshot(), review.ModelKey);
            var recused = review.Round(board, model).Recused;
            if (recused.Count > 0)
            {
                audit.Record("cab.recusal-recorded", nameof(ChangeReview), review.Id.ToString(), null,
                    new { ReviewId = review.Id, Recused = recused.Order().ToArray(), Rule = "A member cannot vote on a change they requested or own." },
                    review.ModelKey);
            }
            db.Notifications.Add(Notification.To(review.RequestedById,
                $"Your change {review.ModelKey} {review.VersionLabel} is on the agenda of {board.Name} on {meeting.StartsAt:yyyy-MM-dd HH:mm} UTC.",
                ChangeReviewService.Link(review), audit.At));
            notified.Add(review.RequestedById);
            return review;
        }, ct);
        Publish(review.BoardId, meetingId, review.Id, notified);
    }

    /// <param name="fromMeetingId">When given, the item must be on this meeting's agenda.</param>
    public async Task DeferAsync(Actor actor, Guid reviewId, Guid? fromMeetingId = null, CancellationToken ct = default)
    {
        Guid? meetingId = null;
        var review = await changes.RunAsync(actor, async (db, audit) =>
        {
            var review = await ChangeReviewService.FindAsync(db, reviewId, ct);
            if (fromMeetingId is { } expected && review.MeetingId != expected)
            {
                throw new NotFoundException($"Change review {reviewId} is not on the agenda of meeting {expected}.");
            }
            var board = await BoardAsync(db, review.BoardId, ct);
            meetingId = review.MeetingId;
            var before = review.Snapshot();
            review.Defer(board, actor);
            audit.Record("cab.agenda-item-deferred", nameof(ChangeReview), review.Id.ToString(), before, review.Snapshot(), review.ModelKey);
            return review;
        }, ct);
        Publish(review.BoardId, meetingId, review.Id, []);
    }

    /// <summary>Closes the meeting: undecided items are deferred to a later meeting, and the minutes are written and fixed.</summary>
    public async Task CloseAsync(Actor actor, Guid meetingId, CancellationToken ct = default)
    {
        var deferredIds = new List<Guid>();
        var meeting = await changes.RunAsync(actor, async (db, audit) =>
        {
            var meeting = await FindMeetingAsync(db, meetingId, ct);
            var board = await BoardAsync(db, meeting.BoardId, ct);
            var items = await db.ChangeReviews.Include(r => r.Votes).Include(r => r.Conditions).Where(r => r.MeetingId == meeting.Id)
                .OrderBy(r => r.AgendaPosition).ToListAsync(ct);
            if (actor.PersonId != board.ChairId)
            {
                throw new AccessDeniedException($"Only the chair of {board.Name} closes its meetings.");
            }
            var deferred = items.Where(r => !r.IsDecided).ToList();
            var people = await PeopleAsync(db, board, items, ct);
            var modelIds = items.Select(i => i.ModelId).Distinct().ToList();
            var models = await db.Models.AsNoTracking().Where(m => modelIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
            var attendance = MeetingMinutes.Attendance(meeting, board, items);
            var minutes = MeetingMinutes.Write(meeting, board, items, models, people, attendance, audit.At);
            foreach (var item in deferred)
            {
                var before = item.Snapshot();
                item.Defer(board, actor);
                audit.Record("cab.agenda-item-deferred", nameof(ChangeReview), item.Id.ToString(), before, item.Snapshot(), item.ModelKey);
                deferredIds.Add(item.Id);
            }
            var meetingBefore = meeting.Snapshot();
            meeting.Close(board, actor, attendance.Present.Select(id => people.GetValueOrDefault(id, id.ToString())).ToList(), minutes, audit.At);
            audit.Record("cab.meeting-closed", nameof(CabMeeting), meeting.Id.ToString(), meetingBefore, meeting.Snapshot());
            return meeting;
        }, ct);
        Publish(meeting.BoardId, meeting.Id, null, []);
        foreach (var id in deferredIds)
        {
            Publish(meeting.BoardId, meeting.Id, id, []);
        }
    }

    internal static async Task<CabMeeting> FindMeetingAsync(PortalDbContext db, Guid meetingId, CancellationToken ct) =>
        await db.CabMeetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new NotFoundException($"There is no CAB meeting {meetingId}.");

    internal static async Task<ChangeAdvisoryBoard> BoardAsync(PortalDbContext db, Guid? boardId, CancellationToken ct) =>
        await db.ChangeAdvisoryBoards.Include(b => b.Members).SingleOrDefaultAsync(b => b.Id == boardId, ct)
        ?? throw new DomainRuleException("No board covers this change yet; an administrator must set one up whose scope includes the model.");

    /// <summary>Names of the board's members, the chair and everyone who voted, for the minutes.</summary>
    internal static async Task<IReadOnlyDictionary<Guid, string>> PeopleAsync(PortalDbContext db, ChangeAdvisoryBoard board,
        IEnumerable<ChangeReview> items, CancellationToken ct)
    {
        var ids = board.Members.Select(m => m.PersonId).Append(board.ChairId).Concat(items.SelectMany(i => i.Interested))
            .Concat(items.SelectMany(i => i.Votes.Select(v => v.MemberId))).Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
    }

    internal static string Link(CabMeeting meeting) => $"/cab/meetings/{meeting.Id}";

    private void Publish(Guid? boardId, Guid? meetingId, Guid? reviewId, IReadOnlyCollection<Guid> notified)
    {
        live.Publish(CabChanged.Agenda(boardId, meetingId, reviewId));
        if (notified.Count > 0)
        {
            live.Publish(new NotificationsRaised(notified));
        }
    }
}
