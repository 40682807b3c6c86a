using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Siem;

/// <summary>Administrators add, enable and disable SIEM destinations (audited); everyone with the page sees their health.</summary>
public sealed class SiemDestinationService(AuditedChanges changes, IDbContextFactory<PortalDbContext> contexts, IDataProtectionProvider protection)
{
    /// <exception cref="AccessDeniedException">Not an administrator.</exception>
    /// <exception cref="ValidationFailedException">A field is missing or malformed.</exception>
    public Task<SiemDestinationView> AddAsync(Actor actor, SiemDestinationRequest request, CancellationToken ct = default)
    {
        RequireAdministrator(actor);
        request.Validate().ThrowIfAny();
        return changes.RunAsync(actor, async (db, audit) =>
        {
            var tail = await db.AuditEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            var token = request.Kind == SiemDestinationKind.SplunkHec ? protection.CreateProtector(SiemSenders.TokenPurpose).Protect(request.Token!.Trim()) : null;
            var destination = SiemDestination.Create(request, token, actor, audit.At, request.FromNow ? tail : 0);
            db.SiemDestinations.Add(destination);
            audit.Record("siem.destination-added", nameof(SiemDestination), destination.Id.ToString(), null, destination.Snapshot());
            return SiemDestinationView.From(destination, tail);
        }, ct);
    }

    public Task SetEnabledAsync(Actor actor, Guid id, bool enabled, CancellationToken ct = default)
    {
        RequireAdministrator(actor);
        return changes.RunAsync(actor, async (db, audit) =>
        {
            var destination = await db.SiemDestinations.SingleOrDefaultAsync(d => d.Id == id, ct)
                ?? throw new NotFoundException($"There is no SIEM destination {id}.");
            var before = destination.Snapshot();
            destination.SetEnabled(enabled);
            audit.Record(enabled ? "siem.destination-enabled" : "siem.destination-disabled", nameof(SiemDestination), id.ToString(), before,
                destination.Snapshot());
        }, ct);
    }

    public async Task<IReadOnlyList<SiemDestinationView>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tail = await db.AuditEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        var destinations = await db.SiemDestinations.AsNoTracking().OrderBy(d => d.CreatedAt).ToListAsync(ct);
        return destinations.Select(d => SiemDestinationView.From(d, tail)).ToList();
    }

    private static void RequireAdministrator(Actor actor)
    {
        if (!actor.HasRole(PortalRoles.Administrator))
        {
            throw new AccessDeniedException("Only administrators configure SIEM destinations.");
        }
    }
}
