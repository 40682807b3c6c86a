using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Api;

/// <summary>Body of a drift-policy definition: every threshold, and the revision read (0 when there was none).</summary>
public sealed record DefineDriftPolicyRequest(List<DriftThreshold>? Thresholds, int? Revision);
