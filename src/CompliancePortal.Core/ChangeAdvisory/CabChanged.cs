namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// Published after a CAB change committed; pages showing what it names re-read it. A vote changes one review; an
/// agenda change (an item added, deferred or decided, a meeting scheduled or closed) also changes its meeting's page;
/// a board edit changes every open tally of the board.
/// </summary>
public sealed record CabChanged(Guid? BoardId, Guid? MeetingId, Guid? ReviewId, bool AgendaChanged)
{
    public bool IsBoardEdit => MeetingId is null && ReviewId is null;

    public static CabChanged Review(ChangeReview review) => new(review.BoardId, review.MeetingId, review.Id, false);

    public static CabChanged Agenda(Guid? boardId, Guid? meetingId, Guid? reviewId) => new(boardId, meetingId, reviewId, true);

    public static CabChanged Board(Guid boardId) => new(boardId, null, null, false);
}
