using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;
using Hangfire;

namespace CompliancePortal.Web.AuditPacks;

/// <summary>Records a pack request (audited) and enqueues its generation; pages and the API both start packs here.</summary>
public sealed class AuditPackRequests(AuditPackService service, IBackgroundJobClient jobs) : IAuditPackRequests
{
    public async Task<AuditPackView> RequestAsync(Actor actor, AuditPackRequest request, CancellationToken ct)
    {
        var pack = await service.RequestAsync(actor, request, ct);
        jobs.Enqueue<AuditPackJob>(j => j.GenerateAsync(pack.Id, CancellationToken.None));
        return pack;
    }
}
