using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Tests.Approvals;

/// <summary>Stands in for the change-advisory board (issue 6), which approved every change it was asked about.</summary>
internal sealed class ApprovingCab : ICabDecisions
{
    public Task<CabDecision?> DecisionForAsync(Guid modelVersionId, CancellationToken ct) =>
        Task.FromResult<CabDecision?>(new CabDecision(Guid.NewGuid(), true, "Approved at the November board.", DateTimeOffset.UtcNow.AddDays(-1)));
}
