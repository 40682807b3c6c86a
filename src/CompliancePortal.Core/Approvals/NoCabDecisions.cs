namespace CompliancePortal.Core.Approvals;

/// <summary>No change-advisory board yet: there is never a decision, so Major changes wait.</summary>
public sealed class NoCabDecisions : ICabDecisions
{
    public Task<CabDecision?> DecisionForAsync(Guid modelVersionId, CancellationToken ct) => Task.FromResult<CabDecision?>(null);
}
