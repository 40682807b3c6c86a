using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Web.AuditPacks;

public static class AuditPacksHosting
{
    /// <summary>
    /// Audit packs: settings, the background job, and the PDF fonts, loaded now so a host without them fails at
    /// start-up with the package to install instead of in the middle of a pack.
    /// </summary>
    public static void AddPortalAuditPacks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditPackOptions>().BindConfiguration(AuditPackOptions.Section);
        var options = builder.Configuration.GetSection(AuditPackOptions.Section).Get<AuditPackOptions>() ?? new AuditPackOptions();
        DocumentFonts.Install(options.FontDirectory);
        builder.Services.AddSingleton<IAuditPackRequests, AuditPackRequests>();
        builder.Services.AddTransient<AuditPackJob>();
    }
}
