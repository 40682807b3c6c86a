using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Lineage.Predictions;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Settings;
using CompliancePortal.Core.Siem;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Persistence;

public class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<Model> Models => Set<Model>();

    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();

    public DbSet<ModelVersionDataset> ModelVersionDatasets => Set<ModelVersionDataset>();

    public DbSet<SourceSystem> SourceSystems => Set<SourceSystem>();

    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<DatasetVersion> DatasetVersions => Set<DatasetVersion>();

    public DbSet<LineageJob> LineageJobs => Set<LineageJob>();

    public DbSet<LineageRun> LineageRuns => Set<LineageRun>();

    public DbSet<LineageRunDataset> LineageRunDatasets => Set<LineageRunDataset>();

    public DbSet<LineageEvent> LineageEvents => Set<LineageEvent>();

    public DbSet<Prediction> Predictions => Set<Prediction>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<PortalSettings> Settings => Set<PortalSettings>();

    public DbSet<ModelCard> ModelCards => Set<ModelCard>();

    public DbSet<ModelCardRevision> ModelCardRevisions => Set<ModelCardRevision>();

    public DbSet<CardTemplateSettings> CardTemplates => Set<CardTemplateSettings>();

    public DbSet<GoldenSet> GoldenSets => Set<GoldenSet>();

    public DbSet<GoldenSetVersion> GoldenSetVersions => Set<GoldenSetVersion>();

    public DbSet<GoldenSetFile> GoldenSetFiles => Set<GoldenSetFile>();

    public DbSet<EvaluationRun> EvaluationRuns => Set<EvaluationRun>();

    public DbSet<EvaluationMetric> EvaluationMetrics => Set<EvaluationMetric>();

    public DbSet<RevalidationReview> RevalidationReviews => Set<RevalidationReview>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<DriftPolicy> DriftPolicies => Set<DriftPolicy>();

    public DbSet<ReproducibilityCheck> ReproducibilityChecks => Set<ReproducibilityCheck>();

    public DbSet<PromotionRequest> PromotionRequests => Set<PromotionRequest>();

    public DbSet<PromotionSignature> PromotionSignatures => Set<PromotionSignature>();

    public DbSet<ProductionAlias> ProductionAliases => Set<ProductionAlias>();

    public DbSet<ProductionPeriod> ProductionPeriods => Set<ProductionPeriod>();

    public DbSet<CabFollowUp> CabFollowUps => Set<CabFollowUp>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ChangeAdvisoryBoard> ChangeAdvisoryBoards => Set<ChangeAdvisoryBoard>();

    public DbSet<BoardMember> BoardMembers => Set<BoardMember>();

    public DbSet<ChangeReview> ChangeReviews => Set<ChangeReview>();

    public DbSet<CabVote> CabVotes => Set<CabVote>();

    public DbSet<CabCondition> CabConditions => Set<CabCondition>();

    public DbSet<CabMeeting> CabMeetings => Set<CabMeeting>();

    public DbSet<AuditPack> AuditPacks => Set<AuditPack>();

    public DbSet<AuditPackFile> AuditPackFiles => Set<AuditPackFile>();

    public DbSet<SiemDestination> SiemDestinations => Set<SiemDestination>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-offset type and cannot order by one stored as text; ticks sort and compare correctly.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }
}
