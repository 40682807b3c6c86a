using Hangfire;

namespace CompliancePortal.Web.Jobs;

/// <summary>Registers recurring jobs under stable ids, so every instance registering them again changes nothing.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<AuditChainVerificationJob>(AuditChainVerificationJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(2));
        jobs.AddOrUpdate<RevalidationJob>(RevalidationJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(3));
        // Failing destinations wait out their own back-off; a run only touches destinations that are due.
        jobs.AddOrUpdate<SiemDeliveryJob>(SiemDeliveryJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
