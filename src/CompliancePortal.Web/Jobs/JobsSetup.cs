using CompliancePortal.Core.Persistence;
using CompliancePortal.Web.Authentication;
using Hangfire;
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
        builder.Services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            var connection = string.IsNullOrWhiteSpace(jobs.ConnectionString) ? null : jobs.ConnectionString;
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    // A file of its own: the job store's SQLite library must not share the portal database's file.
                    var path = connection ?? Path.Combine(Path.GetFullPath(database.DataDirectory), "jobs.db");
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    config.UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connection ?? database.ResolveConnectionString());
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connection ?? database.ResolveConnectionString()),
                        new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true });
                    break;
            }
        });
        if (jobs.Enabled)
        {
            builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Max(1, jobs.WorkerCount));
        }
        builder.Services.AddTransient<AuditChainVerificationJob>();
        builder.Services.AddTransient<RevalidationJob>();
        builder.Services.AddHostedService<RecurringJobsRegistration>();
    }

    public static void MapPortalJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/jobs", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false, DashboardTitle = "Compliance Portal jobs" })
            .RequireAuthorization(PortalPolicies.Administer);
}
