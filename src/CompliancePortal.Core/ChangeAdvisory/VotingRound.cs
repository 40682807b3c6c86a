using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// The voting on one agenda item under its board's rules. Members vote (and may change their vote) inside the window;
/// a member who requested or owns the change is recused and cannot vote; the chair closes the item, and the decision
/// then follows the board's rules and is final.
/// </summary>
public sealed class VotingRound
{
    public const int MaxTextLength = 2000;

    private readonly Dictionary<Guid, CabBallot> _ballots;

    /// <param name="members">The board's members now: a former member's vote no longer counts.</param>
    /// <param name="interested">Who requested or owns the change; those among the members are recused, and their votes do not count.</param>
    public VotingRound(BoardRules rules, Guid chairId, IReadOnlyCollection<Guid> members, IReadOnlyCollection<Guid> interested,
        VotingWindow window, IEnumerable<CabBallot> ballots, BoardDecision? decision = null)
    {
        Rules = rules;
        ChairId = chairId;
        Members = members.ToHashSet();
        Recused = Members.Intersect(interested).ToHashSet();
        Window = window;
        _ballots = ballots.Where(b => Members.Contains(b.MemberId) && !Recused.Contains(b.MemberId)).ToDictionary(b => b.MemberId);
        Decision = decision;
    }

    public BoardRules Rules { get; }

    public Guid ChairId { get; }

    public IReadOnlySet<Guid> Members { get; }

    public IReadOnlySet<Guid> Recused { get; }

    public VotingWindow Window { get; }

    public BoardDecision? Decision { get; private set; }

    public bool IsClosed => Decision is not null;

    public IReadOnlyList<CabBallot> Ballots => _ballots.Values.OrderBy(b => b.CastAt).ToList();

    public CabTally Tally => Rules.Tally(_ballots.Values, Recused.Count);

    /// <summary>Why <paramref name="voter"/> cannot vote at <paramref name="at"/>; null when they can.</summary>
    public Exception? VoteRefusal(Actor voter, DateTimeOffset at) =>
        voter.PersonId is not { } me ? new AccessDeniedException("Votes are cast by named members, not by the portal.")
        : !Members.Contains(me) ? new AccessDeniedException("Only members of the board vote on its agenda items.")
        : !voter.HasRole(PortalRoles.CabMember) ? new AccessDeniedException("Voting needs the CabMember role as well as a seat on the board.")
        : Recused.Contains(me) ? new DomainRuleException("You requested or own this change, so you are recused: a member cannot vote on their own change.")
        : IsClosed ? new DomainRuleException("Voting on this item has closed; the decision is final.")
        : at < Window.OpensAt ? new DomainRuleException($"Voting on this item opens at {Window.OpensAt:yyyy-MM-dd HH:mm} UTC.")
        : at > Window.ClosesAt ? new DomainRuleException($"Voting on this item closed at {Window.ClosesAt:yyyy-MM-dd HH:mm} UTC; a late vote is not counted.")
        : null;

    /// <summary>Records the member's vote, replacing their earlier one.</summary>
    public CabBallot Cast(Actor voter, CabChoice choice, string? conditions, string? reason, DateTimeOffset at)
    {
        if (VoteRefusal(voter, at) is { } refusal)
        {
            throw refusal;
        }
        var conditionsText = Clean(conditions);
        var reasonText = Clean(reason);
        new ValidationErrors()
            .When(!Enum.IsDefined(choice), "Choice", "Choose approve, approve with conditions, reject or abstain.")
            .When(choice == CabChoice.ApproveWithConditions && conditionsText is null, "Conditions", "Say which conditions the approval depends on.")
            .When(choice == CabChoice.Reject && reasonText is null, "Reason", "A rejection needs a reason the requester can act on.")
            .When(conditionsText?.Length > MaxTextLength, "Conditions", $"Conditions can be at most {MaxTextLength} characters.")
            .When(reasonText?.Length > MaxTextLength, "Reason", $"A reason can be at most {MaxTextLength} characters.")
            .ThrowIfAny();
        var ballot = new CabBallot(voter.PersonId!.Value, voter.DisplayName, choice,
            choice == CabChoice.ApproveWithConditions ? conditionsText : null, choice == CabChoice.Reject ? reasonText : null, at);
        _ballots[ballot.MemberId] = ballot;
        return ballot;
    }

    /// <summary>The chair closes the item; the decision follows the board's rules over the votes as they stand.</summary>
    public BoardDecision Close(Actor chair, DateTimeOffset at)
    {
        if (chair.PersonId != ChairId)
        {
            throw new AccessDeniedException("Only the board's chair closes an agenda item.");
        }
        if (IsClosed)
        {
            throw new DomainRuleException("This item is already closed; the decision is final.");
        }
        var tally = Tally;
        Decision = new BoardDecision(tally.Outcome, tally, Ballots, Recused.ToList(), ChairId, at);
        return Decision;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
