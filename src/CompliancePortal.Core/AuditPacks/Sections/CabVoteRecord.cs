using CompliancePortal.Core.ChangeAdvisory;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>A member's vote as it stood when voting closed, with the conditions of an approval or the reason for a rejection.</summary>
public sealed record CabVoteRecord(string Member, CabChoice Choice, string? Conditions, string? Reason, DateTimeOffset CastAt);
