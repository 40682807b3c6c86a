using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>Read side of the board's work: reviews with their live tally, meetings with their agendas, the board calendar, minutes.</summary>
public sealed class CabQueries(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <param name="viewer">Who is looking, for <see cref="ChangeReviewView.Viewer"/>; null for none (the API reads).</param>
    public async Task<ChangeReviewView> ReviewAsync(Guid id, Actor? viewer = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One review has a handful of votes and conditions: one joined query beats two round trips, as every open panel re-reads it.
        var review = await db.ChangeReviews.AsNoTracking().Include(r => r.Votes).Include(r => r.Conditions).AsSingleQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException($"There is no change review {id}.");
        var boards = await BoardsAsync(db, [review.BoardId], ct);
        return (await ViewsAsync(db, [review], boards, viewer, ct))[0];
    }

    /// <summary>The version's current review (the one deciding its CAB gate), and whether <paramref name="viewer"/> may ask the board for one.</summary>
    public async Task<VersionCabReview> ForVersionAsync(string modelKey, string label, Actor viewer, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (model, version) = await PromotionEvidenceReader.FindVersionAsync(db, modelKey, label, ct);
        var review = await CabGate.CurrentReviewAsync(db, version.Id, ct);
        var mayAsk = ChangeReview.AskRefusal(viewer, model, review) is null;
        if (review is null)
        {
            return new VersionCabReview(null, mayAsk);
        }
        var board = await db.ChangeAdvisoryBoards.AsNoTracking().Where(b => b.Id == review.BoardId).Select(b => b.Name).SingleOrDefaultAsync(ct);
        return new VersionCabReview(ChangeReviewSummary.From(review, board), mayAsk);
    }

    /// <summary>Reviews not yet decided, oldest first; for one board, or all of them (including those no board covers yet).</summary>
    public async Task<IReadOnlyList<ChangeReviewSummary>> OpenReviewsAsync(string? boardKey = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var boards = await db.ChangeAdvisoryBoards.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var query = db.ChangeReviews.AsNoTracking().Where(r => r.Outcome == null);
        if (boardKey is not null)
        {
            var board = boards.Values.SingleOrDefault(b => b.Key == boardKey) ?? throw new NotFoundException($"There is no board with the key '{boardKey}'.");
            query = query.Where(r => r.BoardId == board.Id);
        }
        var reviews = await query.ToListAsync(ct);
        return reviews.OrderBy(r => r.OpenedAt)
            .Select(r => ChangeReviewSummary.From(r, r.BoardId is { } b && boards.TryGetValue(b, out var board) ? board.Name : null)).ToList();
    }

    /// <summary>The board calendar: its meetings, soonest upcoming first, then past ones newest first.</summary>
    public async Task<IReadOnlyList<MeetingSummary>> MeetingsAsync(string boardKey, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var board = await db.ChangeAdvisoryBoards.AsNoTracking().SingleOrDefaultAsync(b => b.Key == boardKey, ct)
            ?? throw new NotFoundException($"There is no board with the key '{boardKey}'.");
        var meetings = await db.CabMeetings.AsNoTracking().Where(m => m.BoardId == board.Id).ToListAsync(ct);
        var counts = await db.ChangeReviews.AsNoTracking().Where(r => r.MeetingId != null && meetings.Select(m => m.Id).Contains(r.MeetingId.Value))
            .GroupBy(r => r.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct);
        var summaries = meetings.Select(m => Summary(m, board, counts.GetValueOrDefault(m.Id))).ToList();
        return summaries.Where(m => m.State == MeetingState.Scheduled).OrderBy(m => m.StartsAt)
            .Concat(summaries.Where(m => m.State == MeetingState.Closed).OrderByDescending(m => m.StartsAt)).ToList();
    }

    public async Task<MeetingView> MeetingAsync(Guid id, Actor? viewer = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.CabMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException($"There is no CAB meeting {id}.");
        var boards = await BoardsAsync(db, [meeting.BoardId], ct);
        var board = boards[meeting.BoardId];
        var items = await db.ChangeReviews.AsNoTracking().Include(r => r.Votes).Include(r => r.Conditions).AsSplitQuery()
            .Where(r => r.MeetingId == meeting.Id).OrderBy(r => r.AgendaPosition).ToListAsync(ct);
        // Decided items keep pointing at their meeting; items still undecided when it closed were deferred off it (the minutes name them).
        var agenda = await ViewsAsync(db, items, boards, viewer, ct);
        var candidates = meeting.IsOpen
            ? (await db.ChangeReviews.AsNoTracking().Where(r => r.BoardId == board.Id && r.Outcome == null && r.MeetingId == null).ToListAsync(ct))
                .OrderBy(r => r.OpenedAt).Select(r => ChangeReviewSummary.From(r, board.Name)).ToList()
            : [];
        return new MeetingView(Summary(meeting, board, agenda.Count), Ref(board), meeting.ClosedAt,
            meeting.Attendance?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [], meeting.MinutesSha256, agenda, candidates,
            viewer?.PersonId == board.ChairId);
    }

    public async Task<MeetingMinutesFile> MinutesAsync(Guid meetingId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var meeting = await db.CabMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct)
            ?? throw new NotFoundException($"There is no CAB meeting {meetingId}.");
        if (meeting.MinutesMarkdown is null)
        {
            throw new ConflictException("The minutes are written when the chair closes the meeting; this meeting is still open.");
        }
        var board = await db.ChangeAdvisoryBoards.AsNoTracking().Where(b => b.Id == meeting.BoardId).Select(b => b.Name).SingleAsync(ct);
        return new MeetingMinutesFile(meeting.Title, board, meeting.MinutesMarkdown, meeting.MinutesSha256!, meeting.ClosedAt!.Value, meeting.StartsAt);
    }

    /// <summary>The reviews' views, with what they refer to read once for all of them (a meeting's agenda is one page).</summary>
    private async Task<IReadOnlyList<ChangeReviewView>> ViewsAsync(PortalDbContext db, IReadOnlyList<ChangeReview> reviews,
        IReadOnlyDictionary<Guid, ChangeAdvisoryBoard> boards, Actor? viewer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var modelIds = reviews.Select(r => r.ModelId).Distinct().ToList();
        var models = await db.Models.AsNoTracking().Where(m => modelIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var requestIds = reviews.Select(r => r.PromotionRequestId).OfType<Guid>().Distinct().ToList();
        var requestStates = await db.PromotionRequests.AsNoTracking().Where(p => requestIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.State, ct);
        var meetingIds = reviews.Select(r => r.MeetingId).OfType<Guid>().Distinct().ToList();
        var meetings = await db.CabMeetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var personIds = boards.Values.SelectMany(b => b.Members.Select(m => m.PersonId)).Concat(reviews.SelectMany(r => r.Votes.Select(v => v.MemberId)))
            .Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        return reviews.Select(r => View(r, models[r.ModelId], r.BoardId is { } id && boards.TryGetValue(id, out var b) ? b : null,
            r.PromotionRequestId is { } request && requestStates.TryGetValue(request, out var state) ? state : null,
            r.MeetingId is { } meeting ? meetings.GetValueOrDefault(meeting) : null, names, viewer, now)).ToList();
    }

    private static ChangeReviewView View(ChangeReview r, Models.Model model, ChangeAdvisoryBoard? board, PromotionState? requestState, CabMeeting? meeting,
        IReadOnlyDictionary<Guid, string> names, Actor? viewer, DateTimeOffset now)
    {
        VotingRound? round = board is null ? null : r.Round(board, model);
        // A decision fixed its recusals; an open item's follow the model's owners as they are now.
        var recused = r.IsDecided ? r.DecidedRecused.ToHashSet() : round?.Recused.ToHashSet() ?? [];
        var memberIds = board?.Members.Select(m => m.PersonId).ToList() ?? [];
        var voterIds = memberIds.Concat(r.Votes.Select(v => v.MemberId)).Distinct().ToList();
        var members = voterIds.Select(personId => new VoterView(personId, names.GetValueOrDefault(personId, "(former member)"),
                recused.Contains(personId), r.Votes.SingleOrDefault(v => v.MemberId == personId)?.Ballot))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var ballots = r.Votes.Select(v => v.Ballot).ToList();
        return new ChangeReviewView(r.Id, board is null ? null : Ref(board), r.ModelKey, model.Name, r.VersionLabel, r.ChangeClass, model.RiskTier, r.Source,
            r.PromotionRequestId, requestState, r.RequestedById, r.RequestedByName, r.OpenedAt, r.Reason, r.State, r.Assessment, r.RiskScore, r.AssessedAt,
            meeting is null || board is null ? null : Summary(meeting, board, 0), r.VotingOpensAt, r.VotingClosesAt, r.DecidedTally ?? round?.Tally, members,
            r.Outcome, r.DecidedAt, r.DecidedByName,
            r.Outcome == CabOutcome.Rejected ? ballots.Where(v => v.Choice == CabChoice.Reject).Select(v => v.Reason!).ToList() : [],
            r.Conditions.OrderBy(c => c.Number).Select(ConditionView.From).ToList(), r.GateDecision(), model.OwnerId, model.BackupOwnerId,
            r.Revision, Permissions(r, model, board, viewer, now));
    }

    /// <summary>Asks the review's own refusal rules, so a page offers exactly what its actions would accept.</summary>
    private static ReviewPermissions Permissions(ChangeReview r, Models.Model model, ChangeAdvisoryBoard? board, Actor? viewer, DateTimeOffset now) =>
        viewer is null ? ReviewPermissions.None : new ReviewPermissions(
            r.AssessRefusal(viewer, model) is null,
            board is not null && r.VoteRefusal(board, model, viewer, now) is null,
            r.IsDecided && r.MarkDoneRefusal(viewer, model) is null,
            board is not null && r.IsDecided && r.ConfirmRefusal(board, model, viewer) is null,
            board is not null && viewer.PersonId == board.ChairId);

    private static async Task<IReadOnlyDictionary<Guid, ChangeAdvisoryBoard>> BoardsAsync(PortalDbContext db, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().ToList();
        return await db.ChangeAdvisoryBoards.AsNoTracking().Include(b => b.Chair).Include(b => b.Members).Where(b => wanted.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, ct);
    }

    private static BoardRef Ref(ChangeAdvisoryBoard b) => new(b.Id, b.Key, b.Name, b.ChairId, b.Chair?.DisplayName ?? "", b.Quorum, b.DecisionRule);

    private static MeetingSummary Summary(CabMeeting m, ChangeAdvisoryBoard board, int items) =>
        new(m.Id, board.Key, board.Name, m.Title, m.StartsAt, m.EndsAt, m.Location, m.CallLink, m.State, items);
}
