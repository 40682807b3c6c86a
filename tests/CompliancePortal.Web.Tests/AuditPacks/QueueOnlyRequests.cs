using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.AuditPacks;

namespace CompliancePortal.Web.Tests.AuditPacks;

/// <summary>Records pack requests through the real service but runs no job: the test generates when it wants to.</summary>
internal sealed class QueueOnlyRequests(AuditPackService service) : IAuditPackRequests
{
    public Task<AuditPackView> RequestAsync(Actor actor, AuditPackRequest request, CancellationToken ct) => service.RequestAsync(actor, request, ct);
}
