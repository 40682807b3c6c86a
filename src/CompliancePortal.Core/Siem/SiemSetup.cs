using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Core.Siem;

public static class SiemSetup
{
    public static IServiceCollection AddSiemFeed(this IServiceCollection services)
    {
        // Redirects are not followed: the token goes to the collector configured, nowhere else.
        services.AddHttpClient(SiemSenders.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .ConfigureHttpClient(c => c.Timeout = TimeSpan.FromSeconds(30));
        // The web host persists the keys in the database; registering again only makes sure the provider exists.
        services.AddDataProtection();
        services.AddSingleton<SiemSenders>();
        services.AddSingleton<SiemDelivery>();
        services.AddSingleton<SiemDestinationService>();
        return services;
    }
}
