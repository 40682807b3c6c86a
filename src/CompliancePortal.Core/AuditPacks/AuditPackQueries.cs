using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>Reads packs: one for polling, the latest for a list, and a ready pack's file exactly as it was stored.</summary>
public sealed class AuditPackQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<AuditPackView> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pack = await db.AuditPacks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException($"There is no audit pack {id}.");
        return AuditPackView.From(pack);
    }

    public async Task<IReadOnlyList<AuditPackView>> ListAsync(string? modelKey = null, int take = 100, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.AuditPacks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(modelKey))
        {
            query = query.Where(p => p.ModelKey == modelKey.Trim());
        }
        var packs = await query.OrderByDescending(p => p.RequestedAt).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return packs.Select(AuditPackView.From).ToList();
    }

    /// <exception cref="NotFoundException">No such pack.</exception>
    /// <exception cref="ConflictException">The pack is not ready (still generating, or failed).</exception>
    public async Task<(AuditPackView Pack, byte[] Pdf)> PdfAsync(Guid id, CancellationToken ct = default)
    {
        var pack = await GetAsync(id, ct);
        if (pack.Status != AuditPackStatus.Ready)
        {
            throw new ConflictException(pack.Status == AuditPackStatus.Failed
                ? $"Audit pack {id} failed and has no file: {pack.Error}"
                : $"Audit pack {id} is still being generated ({pack.Percent}%); ask again when its status is Ready.");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var file = await db.AuditPackFiles.AsNoTracking().SingleAsync(f => f.AuditPackId == id, ct);
        return (pack, file.Content);
    }
}
