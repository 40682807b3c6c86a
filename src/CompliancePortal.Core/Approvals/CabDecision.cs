namespace CompliancePortal.Core.Approvals;

/// <summary>Where the change-advisory board's review of a version stands, as the CAB feature reports it to the gate.</summary>
public sealed record CabDecision(Guid ReviewId, CabReviewStatus Status, string Summary, DateTimeOffset? DecidedAt)
{
    public bool Approving => Status == CabReviewStatus.Approved;
}
