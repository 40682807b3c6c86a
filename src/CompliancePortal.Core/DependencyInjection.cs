using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Demo;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Settings;
using CompliancePortal.Core.Siem;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddPortalCore(this IServiceCollection services, DatabaseOptions database)
    {
        var connectionString = database.ResolveConnectionString();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30 };
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
            connectionString = builder.ToString();
        }
        services.AddDbContextFactory<PortalDbContext>(o => o.UsePortalDatabase(database.Provider, connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditedChanges>();
        services.AddSingleton<AuditLogReader>();
        services.AddSingleton<PersonDirectory>();
        services.AddSingleton<ModelRegistry>();
        services.AddSingleton<ModelQueries>();
        services.AddSingleton<LineageCatalog>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<SettingsService>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<ModelCardService>();
        services.AddSingleton<ModelCardQueries>();
        services.AddSingleton<GoldenSetService>();
        services.AddSingleton<EvaluationService>();
        services.AddSingleton<EvaluationQueries>();
        services.AddSingleton<EvaluationRunner>();
        services.AddSingleton<RevalidationService>();
        services.AddSingleton<RevalidationQueries>();
        services.AddSingleton<CalendarFeedService>();
        services.AddAuditPacks(database.DataDirectory);
        services.AddSiemFeed();
        return services;
    }
}
