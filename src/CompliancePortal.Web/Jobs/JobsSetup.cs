using CompliancePortal.Core.Persistence;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.Evaluation;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

namespace CompliancePortal.Web.Jobs;

public static class JobsSetup
{
    public static void AddPortalJobs(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        // Hangfire's own registration hands out the process-wide JobStorage.Current, which the last-configured host
        // wins; each host keeps the storage it configured instead, so two portals in one process (tests) stay apart.
        JobStorage? storage = null;
        builder.Services.AddHangfire((provider, config) =>
        {
            config.UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()));
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            var connection = string.IsNullOrWhiteSpace(jobs.ConnectionString) ? null : jobs.ConnectionString;
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    // A file of its own: the job store's SQLite library must not share the portal database's file.
                    var path = connection ?? Path.Combine(Path.GetFullPath(database.DataDirectory), "jobs.db");
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    storage = config.UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }).Entry;
                    break;
                case DatabaseProvider.SqlServer:
                    storage = config.UseSqlServerStorage(connection ?? database.ResolveConnectionString()).Entry;
                    break;
                case DatabaseProvider.PostgreSql:
                    storage = config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connection ?? database.ResolveConnectionString()),
                        new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true }).Entry;
                    break;
            }
        });
        // Registered after AddHangfire, so it is the one resolved.
        builder.Services.AddSingleton(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>();
            return storage ?? throw new InvalidOperationException("Job storage was not configured.");
        });
        if (jobs.Enabled)
        {
            // This host's own services activate its jobs, not whichever host last set Hangfire's static activator.
            builder.Services.AddHangfireServer((provider, o) =>
            {
                o.WorkerCount = Math.Max(1, jobs.WorkerCount);
                o.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
            });
        }
        builder.Services.AddTransient<AuditChainVerificationJob>();
        builder.Services.AddTransient<RevalidationJob>();
        builder.Services.AddTransient<SiemDeliveryJob>();
        builder.Services.AddPortalEvaluationRuns();
        builder.Services.AddHostedService<RecurringJobsRegistration>();
    }

    public static void MapPortalJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/jobs", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false, DashboardTitle = "Compliance Portal jobs" })
            .RequireAuthorization(PortalPolicies.Administer);
}
