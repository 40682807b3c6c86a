using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
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
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<PersonDirectory>();
        services.AddSingleton<ModelRegistry>();
        services.AddSingleton<ModelQueries>();
        services.AddSingleton<LineageCatalog>();
        services.AddSingleton<LineageIngestion>();
        services.AddSingleton<LineageQueries>();
        services.AddSingleton<LineageLinks>();
        services.AddSingleton<Lineage.Dvc.DvcImport>();
        services.AddSingleton<Lineage.Graph.IProductionTimeline, Approvals.ProductionHistoryTimeline>();
        services.AddSingleton<Lineage.Graph.LineageGraphQueries>();
        services.AddSingleton<Lineage.Graph.NodeDetailsQueries>();
        services.AddSingleton<Lineage.Trace.LineageTracer>();
        services.AddSingleton<Lineage.Predictions.PredictionLog>();
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
        services.AddSingleton<RevalidationEvaluations>();
        services.AddSingleton<CalendarFeedService>();
        services.AddSingleton<BoardService>();
        services.AddSingleton<BoardQueries>();
        services.AddSingleton<ICabDecisions, CabGate>();
        services.AddSingleton<ChangeReviewService>();
        services.AddSingleton<CabMeetingService>();
        services.AddSingleton<CabVotingService>();
        services.AddSingleton<CabQueries>();
        services.AddAuditPacks(database.DataDirectory);
        services.AddSiemFeed();
        services.AddApprovals();
        return services;
    }

    /// <summary>
    /// Promotions. The signing proof and the artifact probe are replaceable: the web host's sign-in mode and its network
    /// access decide them. The CAB gate is the change-advisory board's (registered with it).
    /// </summary>
    private static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        services.TryAddSingleton(SigningPolicy.IdentityProvider);
        services.TryAddSingleton<IPromotionObserver, NoPromotionObserver>();
        services.TryAddSingleton<IArtifactProbe, LocalArtifactProbe>();
        services.AddSingleton<PromotionEvidenceReader>();
        services.AddSingleton<PromotionService>();
        services.AddSingleton<PromotionQueries>();
        services.AddSingleton<DriftPolicyService>();
        services.AddSingleton<ReproducibilityService>();
        services.AddSingleton<NotificationService>();
        return services;
    }
}
