using CompliancePortal.Core.Lineage.Graph;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Which versions were in production at a moment, from the production periods promotions and rollbacks record: a
/// version was in production from the moment its alias switched to it until the moment it switched away.
/// </summary>
public sealed class ProductionHistoryTimeline(IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : IProductionTimeline
{
    public async Task<IReadOnlySet<Guid>?> InProductionAsync(IReadOnlyCollection<Guid> versionIds, DateTimeOffset? asOf, CancellationToken ct)
    {
        var at = asOf ?? time.GetUtcNow();
        var ids = versionIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var inProduction = await db.ProductionPeriods.AsNoTracking()
            .Where(p => ids.Contains(p.ModelVersionId) && p.StartedAt <= at && (p.EndedAt == null || p.EndedAt > at))
            .Select(p => p.ModelVersionId)
            .ToListAsync(ct);
        return inProduction.ToHashSet();
    }

    public string? Limitation(DateTimeOffset? asOf) => null;
}
