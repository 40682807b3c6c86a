namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A version's current CAB review, if any, and whether the viewer may ask the board for a (new) review.</summary>
public sealed record VersionCabReview(ChangeReviewSummary? Current, bool MayAsk);
