using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Approvals;

/// <summary>A person's in-app notifications.</summary>
public sealed class NotificationService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public const int Shown = 20;

    /// <summary>The newest notifications of a person and how many are unread.</summary>
    public async Task<(IReadOnlyList<Notification> Recent, int Unread)> ForAsync(Guid personId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var recent = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == personId).OrderByDescending(n => n.CreatedAt).Take(Shown)
            .ToListAsync(ct);
        var unread = await db.Notifications.CountAsync(n => n.RecipientId == personId && n.ReadAt == null, ct);
        return (recent, unread);
    }

    /// <summary>
    /// Marks a person's notifications read. Not an audited change: whether someone opened their bell is their own
    /// inbox state, not evidence about a model, and auditing it would bury the events that matter.
    /// </summary>
    public async Task MarkAllReadAsync(Guid personId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unread = await db.Notifications.Where(n => n.RecipientId == personId && n.ReadAt == null).ToListAsync(ct);
        var now = time.GetUtcNow();
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(ct);
    }
}
