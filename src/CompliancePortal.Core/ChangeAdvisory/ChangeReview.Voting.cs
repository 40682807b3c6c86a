using System.Text.Json;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A review on an agenda: placing and deferring it, the voting round under the board's rules, votes, and the chair's close.</summary>
public sealed partial class ChangeReview
{
    /// <summary>The chair puts the review on a meeting's agenda and sets when votes start to count (before the meeting, for async votes).</summary>
    public void PlaceOnAgenda(CabMeeting meeting, ChangeAdvisoryBoard board, Model model, Actor chair, VotingWindow window, int position)
    {
        RequireChair(board, chair);
        if (BoardId != board.Id || meeting.BoardId != board.Id)
        {
            throw new DomainRuleException($"This change belongs to another board's scope; it cannot go on {board.Name}'s agenda.");
        }
        if (!meeting.IsOpen)
        {
            throw new DomainRuleException("That meeting is closed; put the change on an upcoming meeting's agenda.");
        }
        if (IsDecided)
        {
            throw new DomainRuleException("The board has already decided this change; the decision is final.");
        }
        if (MeetingId is not null)
        {
            throw new DomainRuleException("This change is already on an agenda; defer it there first to move it.");
        }
        if (!IsAssessed)
        {
            throw new DomainRuleException($"{RequestedByName} has not filled in the risk assessment yet; the board votes on an assessed change.");
        }
        var round = Round(board, model);
        var eligible = round.Members.Count - round.Recused.Count;
        if (eligible < board.Quorum)
        {
            throw new DomainRuleException(
                $"Only {eligible} member(s) of {board.Name} can vote on this change ({round.Recused.Count} recused), fewer than its quorum of {board.Quorum}: " +
                "it could never be decided. An administrator must add members or lower the quorum first.");
        }
        new ValidationErrors()
            .When(!window.IsValid, "VotingClosesAt", "Voting must close after it opens.")
            .When(window.ClosesAt is { } closes && closes < meeting.StartsAt, "VotingClosesAt", "Voting cannot close before the meeting starts.")
            .ThrowIfAny();
        (MeetingId, AgendaPosition, VotingOpensAt, VotingClosesAt) = (meeting.Id, position, window.OpensAt, window.ClosesAt);
        Revision++;
    }

    /// <summary>Takes an undecided item off its agenda (to a later meeting); the votes already cast stay with the change.</summary>
    public void Defer(ChangeAdvisoryBoard board, Actor chair)
    {
        RequireChair(board, chair);
        if (IsDecided)
        {
            throw new DomainRuleException("The board has already decided this change; the decision is final.");
        }
        if (MeetingId is null)
        {
            throw new DomainRuleException("This change is not on an agenda.");
        }
        (MeetingId, AgendaPosition, VotingOpensAt, VotingClosesAt) = (null, 0, null, null);
        Revision++;
    }

    /// <summary>The vote as the board's rules see it now: members, recusals, window and ballots.</summary>
    /// <remarks>
    /// Recusal covers the requester and the model's owners as they are now (an owner named after the review opened is
    /// recused too), and only the board's current members' votes count.
    /// </remarks>
    public VotingRound Round(ChangeAdvisoryBoard board, Model model)
    {
        if (board.Id != BoardId)
        {
            throw new ArgumentException("The board must be the review's board.", nameof(board));
        }
        if (model.Id != ModelId)
        {
            throw new ArgumentException("The model must be the review's model.", nameof(model));
        }
        var window = VotingOpensAt is { } opens ? new VotingWindow(opens, VotingClosesAt) : new VotingWindow(DateTimeOffset.MaxValue);
        return new VotingRound(board.Rules, board.ChairId, board.Members.Select(m => m.PersonId).ToList(), InterestedNow(model), window,
            _votes.Select(v => v.Ballot));
    }

    /// <summary>The requester and the owners when the review opened, and the model's owners now.</summary>
    public IReadOnlyCollection<Guid> InterestedNow(Model model) =>
        Interested.Append(model.OwnerId).Concat(model.BackupOwnerId is { } backup ? [backup] : []).Distinct().ToList();

    public CabBallot Vote(ChangeAdvisoryBoard board, Model model, Actor voter, CabChoice choice, string? conditions, string? reason, DateTimeOffset at)
    {
        if (VoteRefusal(board, model, voter, at) is { } refusal)
        {
            throw refusal;
        }
        var ballot = Round(board, model).Cast(voter, choice, conditions, reason, at);
        var existing = _votes.SingleOrDefault(v => v.MemberId == ballot.MemberId);
        if (existing is null)
        {
            _votes.Add(new CabVote(Id, ballot));
        }
        else
        {
            existing.Replace(ballot);
        }
        Revision++;
        return ballot;
    }

    /// <summary>Why <paramref name="voter"/> cannot vote at <paramref name="at"/>; null when they can.</summary>
    public Exception? VoteRefusal(ChangeAdvisoryBoard board, Model model, Actor voter, DateTimeOffset at) =>
        IsDecided ? new DomainRuleException("Voting on this item has closed; the decision is final.")
        : MeetingId is null ? new DomainRuleException("This change is not on an agenda yet; votes open when the chair puts it on one.")
        : Round(board, model).VoteRefusal(voter, at);

    /// <summary>
    /// The chair closes the item and the board's rules decide over the votes as they stand. Without a quorum nothing is
    /// decided: the chair defers the item instead. Conditions of an approval become the checklist.
    /// </summary>
    public BoardDecision Close(ChangeAdvisoryBoard board, Model model, Actor chair, DateTimeOffset at)
    {
        RequireChair(board, chair);
        if (MeetingId is null && !IsDecided)
        {
            throw new DomainRuleException("Only an item on an agenda can be closed.");
        }
        if (IsDecided)
        {
            throw new DomainRuleException("This item is already closed; the decision is final.");
        }
        var round = Round(board, model);
        if (round.Tally is { QuorumReached: false } tally)
        {
            throw new DomainRuleException(
                $"The quorum is not reached ({tally.Present} of the {tally.Quorum} members needed took part); nothing can be decided. Wait for more votes or defer the item.");
        }
        if (round.Tally.VotesCast == 0)
        {
            throw new DomainRuleException("Every member present abstained: no vote was cast for or against, so nothing can be decided. Wait for votes or defer the item.");
        }
        var notVoted = round.Members.Except(round.Recused).Except(round.Ballots.Select(b => b.MemberId)).Count();
        if (VotingClosesAt is { } deadline && at < deadline && notVoted > 0)
        {
            throw new DomainRuleException(
                $"Voting is open until {deadline:yyyy-MM-dd HH:mm} UTC and {notVoted} member(s) have not voted yet; the item can be closed at the deadline, or once everyone has voted.");
        }
        var decision = round.Close(chair, at);
        Outcome = decision.Outcome;
        (DecidedAt, DecidedById, DecidedByName) = (at, chair.PersonId, chair.DisplayName);
        TallyJson = JsonSerializer.Serialize(decision.Tally);
        RecusedIds = string.Join(',', decision.Recused.Order());
        var number = 0;
        foreach (var ballot in decision.Ballots.Where(b => decision.Approves && b.Choice == CabChoice.ApproveWithConditions))
        {
            _conditions.Add(new CabCondition(Id, ++number, ballot.Conditions!, ballot.MemberName, at));
        }
        Revision++;
        return decision;
    }
}
