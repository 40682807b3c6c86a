using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage.OpenLineage;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage;

/// <summary>
/// Receives OpenLineage events from pipelines. Each event is checked whole before anything is written, then recorded with
/// its audit events in one transaction; an event already received (same content) changes nothing.
/// </summary>
public sealed class LineageIngestion(AuditedChanges changes)
{
    /// <returns>False when the event had already been received.</returns>
    public Task<bool> ReceiveAsync(Actor actor, ReadOnlyMemory<byte> body, CancellationToken ct = default)
    {
        RequireRole(actor);
        var observed = OpenLineageReader.Read(body.Span);
        return RecordAsync(actor, [observed], LineageOrigin.OpenLineage, ct);
    }

    internal Task<bool> RecordAsync(Actor actor, IReadOnlyList<ObservedEvent> events, LineageOrigin origin, CancellationToken ct) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var catalog = new ObservedCatalog(db, audit, origin);
            var runs = new RunRecorder(db, audit, catalog);
            var any = false;
            foreach (var e in events)
            {
                any |= await RecordOneAsync(db, audit, catalog, runs, e, ct);
            }
            return any;
        }, ct);

    private static async Task<bool> RecordOneAsync(PortalDbContext db, AuditRecorder audit, ObservedCatalog catalog, RunRecorder runs, ObservedEvent e,
        CancellationToken ct)
    {
        if (await db.LineageEvents.AnyAsync(x => x.Fingerprint == e.Fingerprint, ct) || db.LineageEvents.Local.Any(x => x.Fingerprint == e.Fingerprint))
        {
            return false;
        }
        var received = LineageEvent.Receive(e.Fingerprint, e.Kind.ToString(), e.EventType?.ToString().ToUpperInvariant(), e.EventTime, e.RunId,
            e.Producer, e.SchemaUrl, e.Body, audit.At);
        db.LineageEvents.Add(received);
        audit.Record("lineage-event.received", nameof(LineageEvent), received.Id.ToString(), null, received.Snapshot());
        switch (e.Kind)
        {
            case LineageEventKind.RunEvent:
                await runs.RecordAsync(e, ct);
                break;
            case LineageEventKind.DatasetEvent:
                await RecordDatasetEventAsync(audit, catalog, e, ct);
                break;
            case LineageEventKind.JobEvent:
                await RecordJobEventAsync(audit, catalog, e, ct);
                break;
        }
        return true;
    }

    private static async Task RecordDatasetEventAsync(AuditRecorder audit, ObservedCatalog catalog, ObservedEvent e, CancellationToken ct)
    {
        var observed = e.Dataset!;
        var dataset = await catalog.DatasetAsync(observed.Namespace, observed.Name, RunRecorder.SourceKind(observed.Namespace), ct);
        dataset.MergeFacets(observed.Facets, newer: true);
        if (observed.Version is { } version)
        {
            await catalog.VersionAsync(dataset, version, LineageIdentity.DatasetUri(observed.Namespace, observed.Name), null, e.EventTime, ct);
        }
    }

    private static async Task RecordJobEventAsync(AuditRecorder audit, ObservedCatalog catalog, ObservedEvent e, CancellationToken ct)
    {
        var job = await catalog.JobAsync(e.JobNamespace!, e.JobName!, ct);
        job.MergeFacets(e.JobFacets, newer: true, audit.At);
        foreach (var d in e.Inputs.Concat(e.Outputs))
        {
            var dataset = await catalog.DatasetAsync(d.Namespace, d.Name, RunRecorder.SourceKind(d.Namespace), ct);
            dataset.MergeFacets(d.Facets, newer: true);
        }
    }

    internal static void RequireRole(Actor actor)
    {
        if (!actor.HasRole(PortalRoles.ModelOwner) && !actor.HasRole(PortalRoles.Administrator))
        {
            throw new AccessDeniedException("Only people (or pipeline tokens) with the ModelOwner or Administrator role can record lineage.");
        }
    }
}
