namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A member's vote on an agenda item.</summary>
public enum CabChoice
{
    Approve,
    ApproveWithConditions,
    Reject,

    /// <summary>Counts the member as present for the quorum, but not as a vote for or against.</summary>
    Abstain,
}
