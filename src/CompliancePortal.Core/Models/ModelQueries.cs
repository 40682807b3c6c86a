using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Models;

/// <summary>Read side of the registry: listings with search, sort and paging, and detail views.</summary>
public sealed class ModelQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<PagedResult<ModelSummary>> ListAsync(PageRequest request, Guid? ownedBy = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Models.AsNoTracking();
        if (ownedBy is { } personId)
        {
            query = query.Where(m => m.OwnerId == personId || m.BackupOwnerId == personId);
        }
        if (request.SearchTerm is { } t)
        {
            query = query.Where(m => m.Key.ToLower().Contains(t) || m.Name.ToLower().Contains(t) || m.Purpose.ToLower().Contains(t)
                || m.Owner!.DisplayName.ToLower().Contains(t));
        }
        query = (request.SortBy?.ToLowerInvariant(), request.Descending) switch
        {
            ("name", false) => query.OrderBy(m => m.Name),
            ("name", true) => query.OrderByDescending(m => m.Name),
            ("risktier", false) => query.OrderBy(m => m.RiskTier == RiskTier.Low ? 0 : m.RiskTier == RiskTier.Medium ? 1 : m.RiskTier == RiskTier.High ? 2 : 3).ThenBy(m => m.Key),
            ("risktier", true) => query.OrderByDescending(m => m.RiskTier == RiskTier.Low ? 0 : m.RiskTier == RiskTier.Medium ? 1 : m.RiskTier == RiskTier.High ? 2 : 3).ThenBy(m => m.Key),
            ("owner", false) => query.OrderBy(m => m.Owner!.DisplayName).ThenBy(m => m.Key),
            ("owner", true) => query.OrderByDescending(m => m.Owner!.DisplayName).ThenBy(m => m.Key),
            ("updated", false) => query.OrderBy(m => m.UpdatedAt),
            ("updated", true) => query.OrderByDescending(m => m.UpdatedAt),
            (_, true) => query.OrderByDescending(m => m.Key),
            _ => query.OrderBy(m => m.Key),
        };
        var total = await query.CountAsync(ct);
        var items = await query.Skip(request.SafePage * request.SafePageSize).Take(request.SafePageSize)
            .Select(m => new ModelSummary(m.Key, m.Name, m.RiskTier, m.Owner!.DisplayName, m.Versions.Count,
                m.Versions.OrderByDescending(v => v.RegisteredAt).Select(v => v.Label).FirstOrDefault(), m.UpdatedAt))
            .ToListAsync(ct);
        return new PagedResult<ModelSummary>(items, total, request.SafePage, request.SafePageSize);
    }

    public async Task<ModelView?> GetAsync(string key, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var m = await db.Models.AsNoTracking().Include(x => x.Owner).Include(x => x.BackupOwner)
            .SingleOrDefaultAsync(x => x.Key == key, ct);
        if (m is null)
        {
            return null;
        }
        var count = await db.ModelVersions.CountAsync(v => v.ModelId == m.Id, ct);
        return new ModelView(m.Id, m.Key, m.Name, m.Purpose, m.BusinessUse, m.RiskTier, Summary(m.Owner!),
            m.BackupOwner is null ? null : Summary(m.BackupOwner), m.Cadence, count, m.CreatedAt, m.UpdatedAt, m.Revision);
    }

    public async Task<PagedResult<VersionSummary>> ListVersionsAsync(string modelKey, PageRequest request, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.ModelVersions.AsNoTracking().Where(v => v.Model!.Key == modelKey);
        if (request.SearchTerm is { } t)
        {
            query = query.Where(v => v.Label.ToLower().Contains(t) || v.CodeCommit.Contains(t) || v.ArtifactSha256.Contains(t));
        }
        query = (request.SortBy?.ToLowerInvariant(), request.Descending) switch
        {
            ("label", false) => query.OrderBy(v => v.Label),
            ("label", true) => query.OrderByDescending(v => v.Label),
            ("stage", false) => query.OrderBy(v => v.Stage).ThenByDescending(v => v.RegisteredAt),
            ("stage", true) => query.OrderByDescending(v => v.Stage).ThenByDescending(v => v.RegisteredAt),
            ("registered", false) => query.OrderBy(v => v.RegisteredAt),
            _ => query.OrderByDescending(v => v.RegisteredAt),
        };
        var total = await query.CountAsync(ct);
        var items = await query.Skip(request.SafePage * request.SafePageSize).Take(request.SafePageSize)
            .Select(v => new VersionSummary(v.Label, v.ChangeClass, v.Stage, v.ArtifactSha256, v.CodeCommit, v.RegisteredBy!.DisplayName,
                v.RegisteredAt, v.Datasets.Count))
            .ToListAsync(ct);
        return new PagedResult<VersionSummary>(items, total, request.SafePage, request.SafePageSize);
    }

    public async Task<VersionView?> GetVersionAsync(string modelKey, string label, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var v = await db.ModelVersions.AsNoTracking().Include(x => x.Model).Include(x => x.RegisteredBy)
            .SingleOrDefaultAsync(x => x.Model!.Key == modelKey && x.Label == label, ct);
        if (v is null)
        {
            return null;
        }
        var datasets = await db.ModelVersionDatasets.AsNoTracking().Where(d => d.ModelVersionId == v.Id)
            .Select(d => d.DatasetVersion!).Select(DatasetVersionProjection.ToView).ToListAsync(ct);
        return new VersionView(v.Id, v.Model!.Key, v.Model.Name, v.Model.RiskTier, v.Label, v.ArtifactUri, v.ArtifactSha256,
            v.CodeRepository, v.CodeCommit, v.EnvironmentLockHash, v.ChangeClass, v.Stage, v.Notes, v.RegisteredBy!.DisplayName,
            v.RegisteredAt, datasets.OrderBy(d => d.Reference).ToList());
    }

    private static PersonSummary Summary(Person p) => new(p.Id, p.DisplayName, p.Email, p.Roles);
}
