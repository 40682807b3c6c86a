namespace CompliancePortal.Core.Approvals;

public enum PromotionKind
{
    Promotion,
    /// <summary>A previously-Production version back to Production, on the expedited path.</summary>
    Rollback,
}
