using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Api;

public sealed record DriftPolicyResponse(int Revision, IReadOnlyList<DriftThreshold> Thresholds, string PolicyHash, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static DriftPolicyResponse From(DriftPolicy p) => new(p.Revision, p.Thresholds, p.PolicyHash, p.UpdatedByName, p.UpdatedAt);
}
