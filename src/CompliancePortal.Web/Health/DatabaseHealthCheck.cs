using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CompliancePortal.Web.Health;

public sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var provider = db.Database.ProviderName?.Split('.').Last();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
            await db.People.AnyAsync(ct);
            return pending == 0
                ? HealthCheckResult.Healthy($"{provider}: reachable, schema up to date")
                : HealthCheckResult.Degraded($"{provider}: reachable, {pending} migration(s) pending");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"The database is not reachable: {ex.Message}");
        }
    }
}
