using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CompliancePortal.Core.Siem;

/// <summary>
/// Forwards the audit chain to every due destination from its durable cursor, in sequence order, one batch at a time.
/// The cursor moves only after a batch was accepted, so a failure or a restart re-sends from there: at-least-once,
/// and the SIEM can drop duplicates by sequence. A failure waits out the destination's back-off before the next try.
/// </summary>
/// <remarks>
/// Cursor and health updates are delivery bookkeeping and are not audited: an event per delivery would itself have to
/// be delivered, and the log would feed on itself. Adding, enabling and disabling destinations are audited.
/// </remarks>
public sealed class SiemDelivery(IDbContextFactory<PortalDbContext> contexts, SiemSenders senders, TimeProvider time, ILogger<SiemDelivery> logger)
{
    public const int BatchSize = 500;

    /// <returns>The number of events delivered to all destinations together.</returns>
    public async Task<long> RunAsync(CancellationToken ct = default)
    {
        List<Guid> ids;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            ids = await db.SiemDestinations.AsNoTracking().Where(d => d.Enabled).OrderBy(d => d.CreatedAt).Select(d => d.Id).ToListAsync(ct);
        }
        long delivered = 0;
        foreach (var id in ids)
        {
            delivered += await DeliverAsync(id, ct);
        }
        return delivered;
    }

    public async Task<long> DeliverAsync(Guid destinationId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var destination = await db.SiemDestinations.SingleAsync(d => d.Id == destinationId, ct);
        if (!destination.IsDue(time.GetUtcNow()))
        {
            return 0;
        }
        long delivered = 0;
        try
        {
            await using var sender = senders.Create(destination);
            while (true)
            {
                var after = destination.LastDeliveredSequence;
                var batch = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize)
                    .Select(e => new AuditEventView(e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId,
                        e.ModelKey, e.Before, e.After, e.PreviousHash, e.Hash))
                    .ToListAsync(ct);
                if (batch.Count == 0)
                {
                    break;
                }
                await sender.SendAsync(batch, ct);
                destination.Delivered(batch[^1].Sequence, time.GetUtcNow());
                await db.SaveChangesAsync(ct);
                delivered += batch.Count;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "SIEM delivery to {Destination} failed after sequence {Sequence}", destination.Name, destination.LastDeliveredSequence);
            destination.Failed(ex.Message, time.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return delivered;
    }
}
