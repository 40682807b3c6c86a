using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A review with everything its page shows: the change, the assessment, the agenda slot, live votes, the decision and its conditions.</summary>
public sealed record ChangeReviewView(
    Guid Id,
    BoardRef? Board,
    string ModelKey,
    string ModelName,
    string VersionLabel,
    ChangeClass ChangeClass,
    RiskTier RiskTier,
    ChangeReviewSource Source,
    Guid? PromotionRequestId,
    PromotionState? RequestState,
    Guid RequestedById,
    string RequestedBy,
    DateTimeOffset OpenedAt,
    string Reason,
    ChangeReviewState State,
    RiskAssessment? Assessment,
    RiskLevel? RiskScore,
    DateTimeOffset? AssessedAt,
    MeetingSummary? Meeting,
    DateTimeOffset? VotingOpensAt,
    DateTimeOffset? VotingClosesAt,
    CabTally? Tally,
    IReadOnlyList<VoterView> Members,
    CabOutcome? Outcome,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    IReadOnlyList<string> RejectionReasons,
    IReadOnlyList<ConditionView> Conditions,
    CabDecision Gate,
    Guid ModelOwnerId,
    Guid? ModelBackupOwnerId,
    int Revision,
    ReviewPermissions Viewer)
{
    public bool IsDecided => Outcome is not null;

    public IReadOnlyList<CabBallot> Ballots => Members.Where(m => m.Ballot is not null).Select(m => m.Ballot!).OrderBy(b => b.CastAt).ToList();
}
