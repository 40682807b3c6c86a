using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage;

/// <summary>Links a training run to the model version it produced, by hand or by the version's artifact URI.</summary>
public sealed class LineageLinks(AuditedChanges changes)
{
    public Task LinkAsync(Actor actor, Guid runId, string modelKey, string versionLabel, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var run = await db.LineageRuns.SingleOrDefaultAsync(r => r.RunId == runId, ct)
                ?? throw new NotFoundException($"No run with the id {runId} has been received.");
            var version = await db.ModelVersions.Include(v => v.Model).SingleOrDefaultAsync(v => v.Model!.Key == modelKey && v.Label == versionLabel, ct)
                ?? throw new NotFoundException($"Model {modelKey} has no version '{versionLabel}'.");
            if (!actor.IsActingOwner(version.Model!) && !actor.HasRole(PortalRoles.Administrator))
            {
                throw new AccessDeniedException($"Only the owner or backup owner of {modelKey}, or an administrator, can link runs to its versions.");
            }
            if (run.ModelVersionId is { } linked && linked != version.Id)
            {
                throw new ConflictException($"Run {runId} is already linked to another model version; a run produces one version.");
            }
            if (run.ModelVersionId == version.Id)
            {
                return;
            }
            var before = run.Snapshot();
            run.LinkTo(version.Id, RunModelLink.Manual, audit.At);
            audit.Record("lineage-run.linked", nameof(LineageRun), run.Id.ToString(), before, run.Snapshot(), modelKey);
        }, ct);
}
