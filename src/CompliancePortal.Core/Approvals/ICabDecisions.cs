namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Where the CAB gate asks for a decision on a version. Until the change-advisory board is built, <see cref="NoCabDecisions"/>
/// answers "none", so a Major change simply cannot be approved; the CAB feature replaces the registration.
/// </summary>
public interface ICabDecisions
{
    Task<CabDecision?> DecisionForAsync(Guid modelVersionId, CancellationToken ct);
}
