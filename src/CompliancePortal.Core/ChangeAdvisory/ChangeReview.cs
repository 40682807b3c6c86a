using System.Text.Json;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// One change before a board: the version and why it came, the requester's risk assessment, its place on a meeting's
/// agenda with the voting window, the members' votes, and the final decision with its conditions. The decision is what
/// the promotion's CAB gate reads. Split by responsibility: this file holds its state, opening and assessment;
/// <c>ChangeReview.Voting.cs</c> the agenda, votes and close; <c>ChangeReview.Conditions.cs</c> the conditions'
/// sign-off; <c>ChangeReview.Standing.cs</c> what the gate sees.
/// </summary>
public sealed partial class ChangeReview
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

    /// <summary>Why <paramref name="actor"/> cannot ask the board to review a version whose current review is <paramref name="current"/>.</summary>
    public static Exception? AskRefusal(Actor actor, Model model, ChangeReview? current) =>
        !actor.IsActingOwner(model)
            ? new AccessDeniedException($"Only the owner or backup owner of {model.Key}, holding the ModelOwner role, asks the CAB to review its changes.")
            : current is { State: not ChangeReviewState.Rejected }
                ? new DomainRuleException($"{model.Key} {current.VersionLabel} already has a CAB review ({CabWords.State(current.State)}); open it instead.")
                : null;

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
