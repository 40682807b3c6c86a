namespace CompliancePortal.Core.Approvals;

public enum CabReviewStatus
{
    /// <summary>The review is open: not yet assessed, on no agenda yet, or being voted on.</summary>
    Pending,

    /// <summary>Approved with conditions that are not all confirmed by the chair yet.</summary>
    ConditionsOpen,

    /// <summary>Approved, with every condition (if any) confirmed.</summary>
    Approved,

    Rejected,
}
