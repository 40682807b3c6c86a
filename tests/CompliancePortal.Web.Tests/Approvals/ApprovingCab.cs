using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;

namespace CompliancePortal.Web.Tests.Approvals;

/// <summary>A change-advisory board that has approved every change it was asked about, so panels can be shown past the CAB gate.</summary>
internal sealed class ApprovingCab : ICabDecisions
{
    public Task<CabDecision?> DecisionForAsync(PortalDbContext db, Guid modelVersionId, CancellationToken ct) =>
        Task.FromResult<CabDecision?>(new CabDecision(Guid.NewGuid(), CabReviewStatus.Approved, "approved the change at the November board",
            DateTimeOffset.UtcNow.AddDays(-1)));

    public Task<IReadOnlyList<Guid>> PromotionRequestedAsync(PortalDbContext db, AuditRecorder audit, PromotionRequest request, Model model,
        ModelVersion version, CancellationToken ct) => Task.FromResult<IReadOnlyList<Guid>>([]);

    public Task<IReadOnlyList<Guid>> FollowUpRaisedAsync(PortalDbContext db, AuditRecorder audit, CabFollowUp followUp, PromotionRequest rollback,
        Model model, ModelVersion version, CancellationToken ct) => Task.FromResult<IReadOnlyList<Guid>>([]);
}
