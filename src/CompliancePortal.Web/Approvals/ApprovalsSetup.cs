using CompliancePortal.Core.Approvals;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Approvals;

public static class ApprovalsSetup
{
    /// <summary>
    /// The proof of fresh authentication follows the sign-in mode: a re-authentication at Entra ID in production, the
    /// re-entered e-mail with the development sign-in (which has no password to ask for).
    /// </summary>
    public static void AddPortalApprovals(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration.GetSection(PortalAuthenticationOptions.Section).Get<PortalAuthenticationOptions>()?.Mode
            ?? AuthenticationMode.Development;
        builder.Services.AddSingleton(mode == AuthenticationMode.EntraId
            ? SigningPolicy.IdentityProvider
            : new SigningPolicy(SigningMethod.ConfirmedIdentity));
        builder.Services.AddOptions<ApprovalsOptions>().BindConfiguration(ApprovalsOptions.Section);
        builder.Services.AddHttpClient(ArtifactProbe.HttpClientName, c => c.Timeout = TimeSpan.FromMinutes(5))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddSingleton<IArtifactProbe, ArtifactProbe>();
    }
}
