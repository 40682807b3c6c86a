namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>How many of the votes cast (approvals and rejections; abstentions are not votes) must approve.</summary>
public enum DecisionRule
{
    /// <summary>More than half of the votes cast; a tie is not a majority.</summary>
    SimpleMajority,

    /// <summary>At least two thirds of the votes cast.</summary>
    TwoThirds,

    /// <summary>Every vote cast, and at least one.</summary>
    Unanimity,
}
