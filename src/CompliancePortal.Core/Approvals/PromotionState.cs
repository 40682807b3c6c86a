namespace CompliancePortal.Core.Approvals;

public enum PromotionState
{
    Pending,
    Promoted,
    Rejected,
}
