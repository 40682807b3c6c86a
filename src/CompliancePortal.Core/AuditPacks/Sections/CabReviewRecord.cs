using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// One change advisory board review as the pack shows it, and as its manifest entry hashes it: why the change came,
/// the requester's risk assessment, the meeting, every vote, the recusals, the tally, the decision and its conditions.
/// </summary>
public sealed record CabReviewRecord(
    Guid Id,
    string Version,
    CabBoardRecord? Board,
    ChangeReviewSource Source,
    string Reason,
    ChangeClass ChangeClass,
    Guid? PromotionRequestId,
    string RequestedBy,
    DateTimeOffset OpenedAt,
    RiskAssessment? Assessment,
    DateTimeOffset? AssessedAt,
    CabMeetingRecord? Meeting,
    DateTimeOffset? VotingOpensAt,
    DateTimeOffset? VotingClosesAt,
    IReadOnlyList<CabVoteRecord> Votes,
    IReadOnlyList<string> Recused,
    CabTally? Tally,
    CabOutcome? Outcome,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<CabConditionRecord> Conditions,
    string Standing)
{
    /// <param name="board">The review's board, with its members; null while no board covers the model.</param>
    /// <param name="meeting">The meeting whose agenda the review is on (or was decided at); null when it is on none.</param>
    /// <param name="people">Display names by person id, for the chair and the recused members.</param>
    /// <param name="model">The review's model, for the recusals of an undecided review (a decision fixes its own).</param>
    public static CabReviewRecord From(ChangeReview review, ChangeAdvisoryBoard? board, CabMeeting? meeting, IReadOnlyDictionary<Guid, string> people,
        Model model)
    {
        // Recusal follows the board's rule: a member who requested or owns the change does not vote on it.
        var round = board is not null && board.Id == review.BoardId ? review.Round(board, model) : null;
        var recused = review.IsDecided ? review.DecidedRecused : round?.Recused.ToList() ?? [];
        string Name(Guid id) => people.TryGetValue(id, out var name) ? name : id.ToString();
        return new CabReviewRecord(
            review.Id,
            review.VersionLabel,
            board is null ? null : new CabBoardRecord(board.Name, Name(board.ChairId), board.Quorum, board.DecisionRule),
            review.Source,
            review.Reason,
            review.ChangeClass,
            review.PromotionRequestId,
            review.RequestedByName,
            review.OpenedAt,
            review.Assessment,
            review.AssessedAt,
            meeting is null ? null : new CabMeetingRecord(meeting.Id, meeting.Title, meeting.StartsAt, meeting.ClosedAt, meeting.MinutesSha256),
            review.VotingOpensAt,
            review.VotingClosesAt,
            review.Votes.OrderBy(v => v.CastAt).Select(v => new CabVoteRecord(v.MemberName, v.Choice, v.Conditions, v.Reason, v.CastAt)).ToList(),
            recused.Select(Name).Order(StringComparer.Ordinal).ToList(),
            review.DecidedTally ?? round?.Tally,
            review.Outcome,
            review.DecidedByName,
            review.DecidedAt,
            review.Conditions.OrderBy(c => c.Number)
                .Select(c => new CabConditionRecord(c.Number, c.Text, c.SetBy, c.DoneByName, c.DoneAt, c.DoneNote, c.ConfirmedByName, c.ConfirmedAt)).ToList(),
            review.GateDecision().Summary);
    }
}
