using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>A version's drift policy as the pack shows it, and as its manifest entry hashes it.</summary>
public sealed record DriftPolicyRecord(IReadOnlyList<DriftThreshold> Thresholds, string SetBy, DateTimeOffset SetAt, int Revision, string PolicyHash)
{
    public static DriftPolicyRecord From(DriftPolicy p) => new(p.Thresholds, p.UpdatedByName, p.UpdatedAt, p.Revision, p.PolicyHash);
}
