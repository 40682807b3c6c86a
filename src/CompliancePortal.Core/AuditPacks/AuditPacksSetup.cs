using CompliancePortal.Core.AuditPacks.Sections;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Core.AuditPacks;

public static class AuditPacksSetup
{
    /// <summary>
    /// The pack's chapters, in order. A feature that starts recording one of the pending kinds of evidence replaces its
    /// <see cref="NotYetRecordedSection"/> here with its own section.
    /// </summary>
    public static IServiceCollection AddAuditPacks(this IServiceCollection services, string dataDirectory)
    {
        services.AddOptions<AuditPackOptions>().Configure(o => o.DataDirectory = dataDirectory);
        services.AddSingleton<AuditPackService>();
        services.AddSingleton<AuditPackQueries>();
        services.AddSingleton<AuditPackSigner>();
        services.AddSingleton<AuditPackGenerator>();
        services.AddSingleton<IAuditPackSection, OwnershipSection>();
        services.AddSingleton<IAuditPackSection, VersionPinsSection>();
        services.AddSingleton<IAuditPackSection, ModelCardSection>();
        services.AddSingleton<IAuditPackSection, EvaluationSection>();
        services.AddSingleton<IAuditPackSection>(new NotYetRecordedSection("Approval trail",
            "The approval trail of promotions (approvers, time, meaning, comment and signature)"));
        services.AddSingleton<IAuditPackSection>(new NotYetRecordedSection("Change advisory board decisions",
            "Change advisory board reviews, decisions and votes"));
        services.AddSingleton<IAuditPackSection>(new NotYetRecordedSection("Lineage",
            "The lineage graph from source systems through training runs to this model (the pinned dataset versions are listed under version pins)"));
        services.AddSingleton<IAuditPackSection>(new NotYetRecordedSection("Drift thresholds",
            "Drift policies (monitored feature or metric, method, warning and critical thresholds) and drift observations"));
        services.AddSingleton<IAuditPackSection, RevalidationSection>();
        services.AddSingleton<IAuditPackSection>(new NotYetRecordedSection("Incidents", "Incidents, their playbook checklists and timelines"));
        services.AddSingleton<IAuditPackSection, AuditEventsSection>();
        return services;
    }
}
