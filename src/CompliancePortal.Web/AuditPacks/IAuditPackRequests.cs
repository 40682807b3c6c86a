using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Web.AuditPacks;

/// <summary>Starts audit packs: records the request (audited) and puts its generation in the background.</summary>
public interface IAuditPackRequests
{
    /// <exception cref="ValidationFailedException">No model chosen, or the date range is reversed.</exception>
    /// <exception cref="AccessDeniedException">Not a compliance officer or auditor.</exception>
    /// <exception cref="NotFoundException">No such model or version.</exception>
    Task<AuditPackView> RequestAsync(Actor actor, AuditPackRequest request, CancellationToken ct);
}
