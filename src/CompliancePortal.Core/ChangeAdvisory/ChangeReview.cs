using System.Text.Json;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// One change before a board: the version and why it came, the requester's risk assessment, its place on a meeting's
/// agenda with the voting window, the members' votes, and the final decision with its conditions. The decision is what
/// the promotion's CAB gate reads.
/// </summary>
public sealed class ChangeReview
{
    public const int MaxReasonLength = 1000;

    private readonly List<CabVote> _votes = [];
    private readonly List<CabCondition> _conditions = [];

    private ChangeReview() { }

    public Guid Id { get; private set; }

    /// <summary>The board whose scope covers the model; null while no board does (an administrator must set one up).</summary>
    public Guid? BoardId { get; private set; }

    public Guid ModelId { get; private set; }

    public string ModelKey { get; private set; } = "";

    public Guid ModelVersionId { get; private set; }

    public string VersionLabel { get; private set; } = "";

    public ChangeClass ChangeClass { get; private set; }

    public ChangeReviewSource Source { get; private set; }

    public Guid? PromotionRequestId { get; private set; }

    public Guid? FollowUpId { get; private set; }

    public Guid RequestedById { get; private set; }

    public string RequestedByName { get; private set; } = "";

    /// <summary>The requester and the model's owners when the review opened: board members among them are recused.</summary>
    public string InterestedIds { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset OpenedAt { get; private set; }

    public string? WhatChanges { get; private set; }

    public string? Why { get; private set; }

    public RiskLevel? Likelihood { get; private set; }

    public RiskLevel? Impact { get; private set; }

    public string? ImpactIfItFails { get; private set; }

    public string? TestEvidence { get; private set; }

    public string? RollbackPlan { get; private set; }

    public string? Responsible { get; private set; }

    public RiskLevel? RiskScore { get; private set; }

    public DateTimeOffset? AssessedAt { get; private set; }

    public Guid? MeetingId { get; private set; }

    public int AgendaPosition { get; private set; }

    public DateTimeOffset? VotingOpensAt { get; private set; }

    public DateTimeOffset? VotingClosesAt { get; private set; }

    public CabOutcome? Outcome { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    /// <summary>The members recused when the chair closed the item, fixed with the decision.</summary>
    public string? RecusedIds { get; private set; }

    /// <summary>The tally as it stood when the chair closed the item.</summary>
    public string? TallyJson { get; private set; }

    /// <summary>Optimistic concurrency token: two chairs' clicks or a vote racing the close cannot both win.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<CabVote> Votes => _votes;

    public IReadOnlyList<CabCondition> Conditions => _conditions;

    public IReadOnlyCollection<Guid> Interested => InterestedIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public IReadOnlyList<Guid> DecidedRecused => (RecusedIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public bool IsDecided => Outcome is not null;

    public bool IsAssessed => AssessedAt is not null;

    public RiskAssessment? Assessment => IsAssessed
        ? new RiskAssessment(WhatChanges, Why, Likelihood!.Value, Impact!.Value, ImpactIfItFails, TestEvidence, RollbackPlan, Responsible)
        : null;

    public CabTally? DecidedTally => TallyJson is null ? null : JsonSerializer.Deserialize<CabTally>(TallyJson);

    public ChangeReviewState State => Outcome switch
    {
        CabOutcome.Approved => ChangeReviewState.Approved,
        CabOutcome.ApprovedWithConditions => ChangeReviewState.ApprovedWithConditions,
        CabOutcome.Rejected => ChangeReviewState.Rejected,
        _ when MeetingId is not null => ChangeReviewState.OnAgenda,
        _ when IsAssessed => ChangeReviewState.ReadyForAgenda,
        _ => ChangeReviewState.AwaitingAssessment,
    };

    /// <summary>Whether the board's approval stands with every condition confirmed.</summary>
    public bool ApprovalComplete => Outcome == CabOutcome.Approved
        || (Outcome == CabOutcome.ApprovedWithConditions && _conditions.All(c => c.IsConfirmed));

    public static ChangeReview Open(Model model, ModelVersion version, ChangeReviewSource source, Guid requesterId, string requesterName,
        string reason, Guid? boardId, DateTimeOffset at, Guid? promotionRequestId = null, Guid? followUpId = null)
    {
        if (version.ModelId != model.Id)
        {
            throw new ArgumentException("The version must belong to the model.", nameof(version));
        }
        var interested = new[] { requesterId, model.OwnerId }.Concat(model.BackupOwnerId is { } backup ? [backup] : []).Distinct();
        return new ChangeReview
        {
            Id = Guid.CreateVersion7(at),
            BoardId = boardId,
            ModelId = model.Id,
            ModelKey = model.Key,
            ModelVersionId = version.Id,
            VersionLabel = version.Label,
            ChangeClass = version.ChangeClass,
            Source = source,
            PromotionRequestId = promotionRequestId,
            FollowUpId = followUpId,
            RequestedById = requesterId,
            RequestedByName = requesterName,
            InterestedIds = string.Join(',', interested),
            Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason,
            OpenedAt = at,
            Revision = 1,
        };
    }

    /// <summary>A review opened before any board covered the model joins the board an administrator sets up for it.</summary>
    internal void AssignBoard(Guid boardId)
    {
        if (BoardId is null && !IsDecided)
        {
            BoardId = boardId;
            Revision++;
        }
    }

    /// <summary>A promotion requested while the review was open (or after an earlier request ended) waits on it.</summary>
    internal void LinkRequest(Guid promotionRequestId)
    {
        PromotionRequestId = promotionRequestId;
        Revision++;
    }

    /// <summary>
    /// The requester (or the model's acting owner) fills in or corrects the risk assessment until the item is on an
    /// agenda; members then vote on what they read.
    /// </summary>
    public void Assess(Actor actor, Model model, RiskAssessment assessment, DateTimeOffset at)
    {
        if (AssessRefusal(actor, model) is { } refusal)
        {
            throw refusal;
        }
        assessment.Validate(new ValidationErrors()).ThrowIfAny();
        WhatChanges = assessment.WhatChanges!.Trim();
        Why = assessment.Why!.Trim();
        Likelihood = assessment.Likelihood;
        Impact = assessment.Impact;
        ImpactIfItFails = assessment.ImpactIfItFails!.Trim();
        TestEvidence = assessment.TestEvidence!.Trim();
        RollbackPlan = assessment.RollbackPlan!.Trim();
        Responsible = assessment.Responsible!.Trim();
        RiskScore = assessment.Score;
        AssessedAt = at;
        Revision++;
    }

    /// <summary>Why <paramref name="actor"/> cannot fill in the assessment now; null when they can.</summary>
    public Exception? AssessRefusal(Actor actor, Model model) =>
        actor.PersonId != RequestedById && !actor.IsActingOwner(model)
            ? new AccessDeniedException($"Only the requester or the acting owner of {ModelKey} fills in the risk assessment.")
            : MeetingId is not null || IsDecided || _votes.Count > 0
                ? new DomainRuleException("The risk assessment is fixed once the change is on an agenda or has votes; members vote on what they read.")
                : null;

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

    public CabCondition MarkConditionDone(Model model, Actor owner, Guid conditionId, string? note, DateTimeOffset at)
    {
        if (MarkDoneRefusal(owner, model) is { } refusal)
        {
            throw refusal;
        }
        var condition = Condition(conditionId);
        condition.MarkDone(owner, note, at);
        Revision++;
        return condition;
    }

    public Exception? MarkDoneRefusal(Actor owner, Model model) => owner.IsActingOwner(model)
        ? null
        : new AccessDeniedException($"Only the acting owner of {ModelKey} marks the board's conditions done.");

    /// <summary>
    /// The chair confirms what the owner reports. A chair who owns or requested the change (and so is recused) cannot
    /// vouch for it: another member of the board, not recused and holding the CabMember role, confirms instead. Nobody
    /// confirms a condition they marked done themselves.
    /// </summary>
    public CabCondition ConfirmCondition(ChangeAdvisoryBoard board, Model model, Actor confirmer, Guid conditionId, DateTimeOffset at)
    {
        if (ConfirmRefusal(board, model, confirmer) is { } refusal)
        {
            throw refusal;
        }
        var condition = Condition(conditionId);
        if (condition.DoneById == confirmer.PersonId)
        {
            throw new DomainRuleException($"You marked condition {condition.Number} done; someone else confirms it.");
        }
        condition.Confirm(confirmer, at);
        Revision++;
        return condition;
    }

    /// <summary>Why <paramref name="confirmer"/> cannot confirm this decision's conditions; null when they can.</summary>
    public Exception? ConfirmRefusal(ChangeAdvisoryBoard board, Model model, Actor confirmer)
    {
        if (board.Id != BoardId)
        {
            throw new ArgumentException("The board must be the review's board.", nameof(board));
        }
        var interested = InterestedNow(model);
        var chairRecused = interested.Contains(board.ChairId);
        return confirmer.PersonId switch
        {
            null => new AccessDeniedException($"Only the chair of {board.Name} confirms the conditions of its decisions."),
            var me when me != board.ChairId && !chairRecused =>
                new AccessDeniedException($"Only the chair of {board.Name} confirms the conditions of its decisions."),
            var me when me != board.ChairId && (!board.HasMember(me.Value) || interested.Contains(me.Value) || !confirmer.HasRole(PortalRoles.CabMember)) =>
                new AccessDeniedException($"The chair is recused from this change; a member of {board.Name} who is not recused confirms its conditions."),
            var me when me == board.ChairId && chairRecused =>
                new DomainRuleException("You requested or own this change, so you are recused: another member of the board confirms its conditions."),
            _ => null,
        };
    }

    /// <summary>Why <paramref name="actor"/> cannot ask the board to review a version whose current review is <paramref name="current"/>.</summary>
    public static Exception? AskRefusal(Actor actor, Model model, ChangeReview? current) =>
        !actor.IsActingOwner(model)
            ? new AccessDeniedException($"Only the owner or backup owner of {model.Key}, holding the ModelOwner role, asks the CAB to review its changes.")
            : current is { State: not ChangeReviewState.Rejected }
                ? new DomainRuleException($"{model.Key} {current.VersionLabel} already has a CAB review ({ChangeReviewService.Describe(current.State)}); open it instead.")
                : null;

    /// <summary>What the promotion's CAB gate sees of this review.</summary>
    public CabDecision GateDecision()
    {
        var status = State switch
        {
            ChangeReviewState.Approved => CabReviewStatus.Approved,
            ChangeReviewState.ApprovedWithConditions when ApprovalComplete => CabReviewStatus.Approved,
            ChangeReviewState.ApprovedWithConditions => CabReviewStatus.ConditionsOpen,
            ChangeReviewState.Rejected => CabReviewStatus.Rejected,
            _ => CabReviewStatus.Pending,
        };
        var open = _conditions.Count(c => !c.IsConfirmed);
        var summary = State switch
        {
            ChangeReviewState.Approved => $"approved the change ({Tally()})",
            ChangeReviewState.ApprovedWithConditions when open == 0 => $"approved the change ({Tally()}) with {_conditions.Count} condition(s), all confirmed by the chair",
            ChangeReviewState.ApprovedWithConditions => $"approved the change ({Tally()}) with conditions; {open} of {_conditions.Count} not yet confirmed by the chair",
            ChangeReviewState.Rejected => $"rejected the change ({Tally()})",
            ChangeReviewState.OnAgenda => "on the agenda of a CAB meeting; the board has not decided yet",
            ChangeReviewState.ReadyForAgenda => "waiting for the chair to put it on a meeting's agenda",
            _ when BoardId is null => "no board covers this model yet; an administrator must set one up",
            _ => "waiting for the requester's risk assessment",
        };
        return new CabDecision(Id, status, summary, DecidedAt);
    }

    public object Snapshot() => new
    {
        Id, BoardId, ModelId, ModelKey, ModelVersionId, VersionLabel, ChangeClass = ChangeClass.ToString(), Source = Source.ToString(),
        PromotionRequestId, FollowUpId, RequestedById, Reason, State = State.ToString(), RiskScore = RiskScore?.ToString(), AssessedAt,
        MeetingId, VotingOpensAt, VotingClosesAt, Outcome = Outcome?.ToString(), DecidedAt, DecidedById, Revision,
    };

    public object AssessmentSnapshot() => new
    {
        WhatChanges, Why, Likelihood = Likelihood?.ToString(), Impact = Impact?.ToString(), ImpactIfItFails, TestEvidence, RollbackPlan,
        Responsible, RiskScore = RiskScore?.ToString(),
    };

    private string Tally() => DecidedTally is { } t
        ? $"{t.Approvals} for, {t.Reject} against, {t.Abstain} abstaining ({CabWords.Rule(t.Rule)})"
        : "the board";

    private CabCondition Condition(Guid id) =>
        _conditions.SingleOrDefault(c => c.Id == id) ?? throw new NotFoundException($"This review has no condition {id}.");

    private void RequireChair(ChangeAdvisoryBoard board, Actor chair)
    {
        if (board.Id != BoardId)
        {
            throw new ArgumentException("The board must be the review's board.", nameof(board));
        }
        if (chair.PersonId != board.ChairId)
        {
            throw new AccessDeniedException($"Only the chair of {board.Name} does this.");
        }
    }
}
