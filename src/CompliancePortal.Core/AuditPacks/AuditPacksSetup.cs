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
        services.AddSingleton<IAuditPackSection, ApprovalTrailSection>();
        services.AddSingleton<IAuditPackSection, ChangeAdvisorySection>();
        services.AddSingleton<IAuditPackSection, LineageSection>();
        services.AddSingleton<IAuditPackSection, DriftThresholdsSection>();
        services.AddSingleton<IAuditPackSection, RevalidationSection>();
        services.AddSingleton<IAuditPackSection>(new NotYetRecordedSection("Incidents", "Incidents, their playbook checklists and timelines"));
        services.AddSingleton<IAuditPackSection, AuditEventsSection>();
        return services;
    }
}
