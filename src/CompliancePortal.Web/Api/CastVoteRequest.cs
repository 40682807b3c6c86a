namespace CompliancePortal.Web.Api;

/// <summary>Body of a member's vote: Approve, ApproveWithConditions (with the conditions), Reject (with a reason) or Abstain.</summary>
public sealed record CastVoteRequest(string? Choice, string? Conditions, string? Reason);
