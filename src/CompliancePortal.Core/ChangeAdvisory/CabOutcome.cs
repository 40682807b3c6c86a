namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>What the board decided when the chair closed an item.</summary>
public enum CabOutcome
{
    Approved,

    /// <summary>Approved, subject to the conditions members attached; they must be met before promotion.</summary>
    ApprovedWithConditions,

    /// <summary>The votes cast did not meet the board's rule (a tie, or no votes cast, is not an approval).</summary>
    Rejected,

    /// <summary>Too few members took part; nothing was decided and the item can go on a later agenda.</summary>
    NoQuorum,
}
