using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.AuditLog;

/// <summary>
/// Appends pending events to the chain inside the caller's transaction. Writers are serialised by a database
/// lock (an advisory lock on PostgreSQL, an application lock on SQL Server, the write lock SQLite takes at
/// BEGIN IMMEDIATE), taken when the change's transaction begins, so concurrent requests and app instances never
/// read the same tail, and every check a change makes before writing (a duplicate key, a card's current revision)
/// still holds when it commits; the sequence primary
/// key makes any writer that bypassed the lock fail instead of forking the chain.
/// </summary>
internal static class AuditChainWriter
{
    private const long PostgresLockKey = 0x436F6D706C4175; // "ComplAu"

    public static async Task AppendAsync(PortalDbContext db, IReadOnlyList<PendingAuditEvent> pending, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }
        var tail = await db.AuditEvents.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = tail?.Sequence ?? 0;
        var previousHash = tail?.Hash ?? AuditHasher.GenesisHash;
        foreach (var p in pending)
        {
            var e = AuditEvent.Chain(p, ++sequence, previousHash);
            db.AuditEvents.Add(e);
            previousHash = e.Hash;
        }
    }

    /// <summary>Takes the chain lock for the rest of the caller's transaction.</summary>
    public static Task LockAsync(PortalDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
        }
        if (db.Database.IsSqlServer())
        {
            return db.Database.ExecuteSqlRawAsync(
                "DECLARE @r int; EXEC @r = sp_getapplock @Resource = 'compliance-portal-audit-chain', @LockMode = 'Exclusive', " +
                "@LockOwner = 'Transaction', @LockTimeout = 30000; IF @r < 0 THROW 51000, 'Timed out waiting for the audit chain lock.', 1;", ct);
        }
        // SQLite: the transaction was begun IMMEDIATE and already holds the database's single write lock.
        return Task.CompletedTask;
    }
}
