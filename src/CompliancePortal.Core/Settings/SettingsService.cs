using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Settings;

public sealed class SettingsService(IDbContextFactory<PortalDbContext> contexts, AuditedChanges changes, TimeProvider time)
{
    public async Task<SettingsView> GetAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var s = await db.Settings.AsNoTracking().SingleOrDefaultAsync(ct) ?? PortalSettings.Defaults(time.GetUtcNow());
        return new SettingsView(s.OrganisationName, s.EvaluationWindowDays, s.UpdatedAt, s.Revision);
    }

    public Task UpdateAsync(Actor actor, string organisationName, int evaluationWindowDays, int expectedRevision, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            if (!actor.HasRole(PortalRoles.Administrator))
            {
                throw new AccessDeniedException("Only administrators can change the portal's settings.");
            }
            var settings = await db.Settings.SingleOrDefaultAsync(ct);
            if (settings is null)
            {
                settings = PortalSettings.Defaults(audit.At);
                db.Settings.Add(settings);
            }
            else
            {
                db.Entry(settings).Property(s => s.Revision).OriginalValue = expectedRevision;
            }
            var before = settings.Snapshot();
            settings.Update(organisationName, evaluationWindowDays, audit.At);
            audit.Record("settings.updated", nameof(PortalSettings), PortalSettings.SingletonId.ToString(), before, settings.Snapshot());
        }, ct);
}
