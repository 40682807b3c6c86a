namespace CompliancePortal.Core.Approvals;

/// <summary>The change-advisory board's decision on a version's change, as the CAB feature reports it.</summary>
public sealed record CabDecision(Guid Id, bool Approving, string Summary, DateTimeOffset DecidedAt);
