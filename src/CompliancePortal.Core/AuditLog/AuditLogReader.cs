using System.Runtime.CompilerServices;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.AuditLog;

/// <summary>Searches the audit log and verifies its chain, page by page so the whole log is never held in memory.</summary>
public sealed class AuditLogReader(IDbContextFactory<PortalDbContext> contexts)
{
    private const int VerifyBatch = 2000;

    public async Task<PagedResult<AuditEventView>> SearchAsync(AuditQuery q, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Filter(db.AuditEvents.AsNoTracking(), q);
        var pageSize = Math.Clamp(q.PageSize, 1, PageRequest.MaxPageSize);
        var page = Math.Clamp(q.Page, 0, PageRequest.MaxPage);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Sequence).Skip(page * pageSize).Take(pageSize)
            .Select(e => new AuditEventView(e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId,
                e.ModelKey, e.Before, e.After, e.PreviousHash, e.Hash))
            .ToListAsync(ct);
        return new PagedResult<AuditEventView>(items, total, page, pageSize);
    }

    /// <summary>
    /// Every event matching the filter, oldest first, read in batches by sequence so a long log streams through in
    /// bounded memory; paging fields of the query are ignored.
    /// </summary>
    public async IAsyncEnumerable<AuditEventView> StreamAsync(AuditQuery q, [EnumeratorCancellation] CancellationToken ct = default)
    {
        long after = 0;
        while (true)
        {
            List<AuditEventView> batch;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                batch = await Filter(db.AuditEvents.AsNoTracking(), q).Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(VerifyBatch)
                    .Select(e => new AuditEventView(e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId,
                        e.ModelKey, e.Before, e.After, e.PreviousHash, e.Hash))
                    .ToListAsync(ct);
            }
            foreach (var e in batch)
            {
                yield return e;
            }
            if (batch.Count < VerifyBatch)
            {
                yield break;
            }
            after = batch[^1].Sequence;
        }
    }

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.AuditEvents.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
    }

    private static IQueryable<AuditEvent> Filter(IQueryable<AuditEvent> query, AuditQuery q)
    {
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            var a = q.Actor.Trim().ToLowerInvariant();
            query = query.Where(e => e.ActorName.ToLower().Contains(a));
        }
        if (!string.IsNullOrWhiteSpace(q.Action))
        {
            var a = q.Action.Trim().ToLowerInvariant();
            query = query.Where(e => e.Action.StartsWith(a));
        }
        if (!string.IsNullOrWhiteSpace(q.EntityType))
        {
            query = query.Where(e => e.EntityType == q.EntityType.Trim());
        }
        if (!string.IsNullOrWhiteSpace(q.EntityId))
        {
            query = query.Where(e => e.EntityId == q.EntityId.Trim());
        }
        if (!string.IsNullOrWhiteSpace(q.ModelKey))
        {
            query = query.Where(e => e.ModelKey == q.ModelKey.Trim());
        }
        if (q.From?.ToUniversalTime() is { } from)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }
        if (q.To?.ToUniversalTime() is { } to)
        {
            query = query.Where(e => e.OccurredAt < to);
        }
        return query;
    }

    public async Task<ChainVerification> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var verifier = new AuditChainVerifier();
        long after = 0;
        while (!verifier.HasFailed)
        {
            var batch = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence)
                .Take(VerifyBatch).ToListAsync(ct);
            foreach (var e in batch)
            {
                verifier.Add(e);
            }
            if (batch.Count < VerifyBatch)
            {
                break;
            }
            after = batch[^1].Sequence;
        }
        return verifier.Result();
    }
}
