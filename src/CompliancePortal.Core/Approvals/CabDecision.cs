namespace CompliancePortal.Core.Approvals;

/// <summary>Where the change-advisory board's review of a version stands, as the CAB feature reports it to the gate.</summary>
public sealed record CabDecision(Guid ReviewId, CabReviewStatus Status, string Summary, DateTimeOffset? DecidedAt)
{
    public bool Approving => Status == CabReviewStatus.Approved;

    /// <summary>The board's standing as a sentence, as the gate and the review page show it.</summary>
    public string Sentence => Status switch
    {
        CabReviewStatus.Pending => $"The CAB review is {Summary}.",
        CabReviewStatus.Approved => $"The CAB {Summary} on {DecidedAt:yyyy-MM-dd}.",
        _ => $"The CAB {Summary}.",
    };
}
