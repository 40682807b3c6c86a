using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>
/// Requests audit packs and records how their generation ends. The request and the outcome (with the PDF's SHA-256) are
/// audited; progress in between is bookkeeping for the person watching, not evidence, and is saved without an event.
/// </summary>
public sealed class AuditPackService(AuditedChanges changes, IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public static bool MayGenerate(Actor actor) => actor.HasRole(PortalRoles.ComplianceOfficer) || actor.HasRole(PortalRoles.Auditor);

    /// <exception cref="AccessDeniedException">The actor is neither a compliance officer nor an auditor.</exception>
    /// <exception cref="ValidationFailedException">No model chosen, or the date range is reversed.</exception>
    /// <exception cref="NotFoundException">No such model or version.</exception>
    public Task<AuditPackView> RequestAsync(Actor actor, AuditPackRequest request, CancellationToken ct = default)
    {
        if (!MayGenerate(actor))
        {
            throw new AccessDeniedException("Only compliance officers and auditors can generate audit packs.");
        }
        request.Validate().ThrowIfAny();
        return changes.RunAsync(actor, async (db, audit) =>
        {
            var key = request.ModelKey!.Trim();
            var model = await db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, ct)
                ?? throw new NotFoundException($"There is no model '{key}'.");
            var label = string.IsNullOrWhiteSpace(request.Version) ? null : request.Version.Trim();
            if (label is not null && !await db.ModelVersions.AnyAsync(v => v.ModelId == model.Id && v.Label == label, ct))
            {
                throw new NotFoundException($"Model '{key}' has no version '{label}'.");
            }
            var pack = AuditPack.Request(model.Id, model.Key, label, request.From, request.To, actor, audit.At);
            db.AuditPacks.Add(pack);
            audit.Record("audit-pack.requested", nameof(AuditPack), pack.Id.ToString(), null, pack.Snapshot(), model.Key);
            return AuditPackView.From(pack);
        }, ct);
    }

    /// <summary>Moves a queued pack to generating; a pack already started (a retried job) is refused.</summary>
    internal async Task<AuditPack> StartAsync(Guid id, int steps, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pack = await FindAsync(db, id, ct);
        pack.Start(steps, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return pack;
    }

    internal async Task AdvanceAsync(Guid id, string step, int done, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pack = await FindAsync(db, id, ct);
        pack.Advance(step, done);
        await db.SaveChangesAsync(ct);
    }

    internal Task CompleteAsync(Guid id, byte[] pdf, int pages, string manifestSha256, string signedBy, CancellationToken ct) =>
        changes.RunAsync(Actor.System, async (db, audit) =>
        {
            var pack = await FindAsync(db, id, ct);
            var before = pack.Snapshot();
            pack.Complete(Hashes.Sha256Hex(pdf), pdf.LongLength, pages, manifestSha256, signedBy, audit.At);
            db.AuditPackFiles.Add(new AuditPackFile(pack.Id, pdf));
            audit.RecordAs(RequesterOf(pack), "audit-pack.generated", nameof(AuditPack), pack.Id.ToString(), before, pack.Snapshot(), pack.ModelKey);
        }, ct);

    internal Task FailAsync(Guid id, string error, CancellationToken ct) =>
        changes.RunAsync(Actor.System, async (db, audit) =>
        {
            var pack = await FindAsync(db, id, ct);
            var before = pack.Snapshot();
            pack.Fail(error, audit.At);
            audit.RecordAs(RequesterOf(pack), "audit-pack.failed", nameof(AuditPack), pack.Id.ToString(), before, pack.Snapshot(), pack.ModelKey);
        }, ct);

    // The portal generates the pack on behalf of the person who asked for it; the event names them.
    private static Actor RequesterOf(AuditPack pack) => new(pack.RequestedById, pack.RequestedByName, new HashSet<string>());

    private static async Task<AuditPack> FindAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        await db.AuditPacks.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"There is no audit pack {id}.");
}
