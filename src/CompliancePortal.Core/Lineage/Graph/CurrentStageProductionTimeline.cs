using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>
/// The production timeline before promotions record their periods: it knows which versions are in production now (their
/// stage) and says plainly that it does not know the past. Replace it with one backed by the production history.
/// </summary>
public sealed class CurrentStageProductionTimeline(IDbContextFactory<PortalDbContext> contexts) : IProductionTimeline
{
    public async Task<IReadOnlySet<Guid>?> InProductionAsync(IReadOnlyCollection<Guid> versionIds, DateTimeOffset? asOf, CancellationToken ct)
    {
        if (asOf is not null)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = versionIds.ToList();
        return (await db.ModelVersions.Where(v => ids.Contains(v.Id) && v.Stage == ModelStage.Production).Select(v => v.Id).ToListAsync(ct)).ToHashSet();
    }

    public string? Limitation(DateTimeOffset? asOf) => asOf is null ? null
        : "Which version was in production at a past moment is not recorded yet: promotions do not keep a production history in this release.";
}
