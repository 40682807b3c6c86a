using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.AuditLog;

/// <summary>
/// The one path for every state change: the change and its audit events are saved in one transaction, or
/// neither is. Validation failures thrown by the change leave nothing written.
/// </summary>
public sealed class AuditedChanges(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<T> RunAsync<T>(Actor actor, Func<PortalDbContext, AuditRecorder, Task<T>> change, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Writers are serialised from the start, not only at the append: checks made by the change cannot go stale.
        await AuditChainWriter.LockAsync(db, ct);
        var recorder = new AuditRecorder(actor, time.GetUtcNow());

        var result = await change(db, recorder);

        if (db.ChangeTracker.HasChanges() && recorder.Pending.Count == 0)
        {
            throw new InvalidOperationException("A state change must record at least one audit event.");
        }
        await AuditChainWriter.AppendAsync(db, recorder.Pending, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else changed this since you opened it. Reload to see their changes, then make yours again.");
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConflictException("Something with the same key was saved at the same moment. Reload and try again with a different key.");
        }
        await transaction.CommitAsync(ct);
        return result;
    }

    public Task RunAsync(Actor actor, Func<PortalDbContext, AuditRecorder, Task> change, CancellationToken ct = default) =>
        RunAsync<bool>(actor, async (db, audit) =>
        {
            await change(db, audit);
            return true;
        }, ct);

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19,
        Npgsql.PostgresException p => p.SqlState == "23505",
        Microsoft.Data.SqlClient.SqlException q => q.Number is 2601 or 2627,
        _ => false,
    };
}
