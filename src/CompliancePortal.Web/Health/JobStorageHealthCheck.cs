using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CompliancePortal.Web.Health;

public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var stats = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy(
                $"{storage.GetType().Name}: {stats.Servers} server(s), {stats.Enqueued} enqueued, {stats.Failed} failed, {stats.Recurring} recurring"));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The job storage is not reachable: {ex.Message}"));
        }
    }
}
