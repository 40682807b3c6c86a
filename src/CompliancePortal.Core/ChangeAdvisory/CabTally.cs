namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// The running count of an item's votes under its board's rules: who is present (every member who voted or abstained),
/// the votes cast (approvals and rejections), whether the quorum is reached, and what closing now would decide.
/// </summary>
public sealed record CabTally(int Approve, int ApproveWithConditions, int Reject, int Abstain, int Recused, int Quorum, DecisionRule Rule)
{
    public int Present => Approve + ApproveWithConditions + Reject + Abstain;

    public int VotesCast => Approve + ApproveWithConditions + Reject;

    public int Approvals => Approve + ApproveWithConditions;

    public bool QuorumReached => Present >= Quorum;

    /// <summary>Whether the approvals meet the rule, over the votes cast; no votes cast is never an approval.</summary>
    public bool RuleMet => VotesCast > 0 && Rule switch
    {
        DecisionRule.SimpleMajority => Approvals * 2 > VotesCast,
        DecisionRule.TwoThirds => Approvals * 3 >= VotesCast * 2,
        DecisionRule.Unanimity => Approvals == VotesCast,
        _ => false,
    };

    /// <summary>The decision closing the item now would record.</summary>
    public CabOutcome Outcome =>
        !QuorumReached ? CabOutcome.NoQuorum
        : !RuleMet ? CabOutcome.Rejected
        : ApproveWithConditions > 0 ? CabOutcome.ApprovedWithConditions
        : CabOutcome.Approved;
}
