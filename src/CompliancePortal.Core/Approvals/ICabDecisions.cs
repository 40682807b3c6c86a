using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// The change-advisory board as the promotion sees it: the CAB gate asks it for the board's decision on a version, and
/// requests and rollbacks refer changes to it. All calls run inside the caller's context and transaction.
/// </summary>
public interface ICabDecisions
{
    /// <summary>The latest review of the version's change (not counting rollback follow-ups); null when none was opened.</summary>
    Task<CabDecision?> DecisionForAsync(PortalDbContext db, Guid modelVersionId, CancellationToken ct);

    /// <summary>A promotion request was made: a Major change goes before the board, unless a review of it is already open or approving.</summary>
    /// <returns>Who was notified.</returns>
    Task<IReadOnlyList<Guid>> PromotionRequestedAsync(PortalDbContext db, AuditRecorder audit, PromotionRequest request, Model model, ModelVersion version, CancellationToken ct);

    /// <summary>A rollback went through on the expedited path: its follow-up goes before the board.</summary>
    /// <returns>Who was notified.</returns>
    Task<IReadOnlyList<Guid>> FollowUpRaisedAsync(PortalDbContext db, AuditRecorder audit, CabFollowUp followUp, PromotionRequest rollback, Model model, ModelVersion version,
        CancellationToken ct);
}
