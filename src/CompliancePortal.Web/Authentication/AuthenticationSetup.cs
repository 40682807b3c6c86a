using CompliancePortal.Core.ApiTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace CompliancePortal.Web.Authentication;

public static class AuthenticationSetup
{
    public const string PortalScheme = "Portal";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static void AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(PortalAuthenticationOptions.Section).Get<PortalAuthenticationOptions>() ?? new();
        builder.Services.AddOptions<PortalAuthenticationOptions>().BindConfiguration(PortalAuthenticationOptions.Section);
        if (settings.Mode == AuthenticationMode.Development && builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Authentication:Mode is Development, which lets anyone sign in as anyone; it refuses to run in the Production environment. " +
                "Set Authentication:Mode=EntraId and the AzureAd section (see README, 'Running in production').");
        }

        var auth = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = PortalScheme;
            o.DefaultChallengeScheme = PortalScheme;
        });
        auth.AddPolicyScheme(PortalScheme, "Compliance Portal", o => o.ForwardDefaultSelector = context => SelectScheme(context, settings.Mode));
        auth.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        if (settings.Mode == AuthenticationMode.EntraId)
        {
            var azureAd = builder.Configuration.GetSection("AzureAd");
            builder.Services.AddSingleton(EntraTenant.FromSettings(azureAd["TenantId"]));
            auth.AddMicrosoftIdentityWebApp(azureAd, OpenIdConnectDefaults.AuthenticationScheme, CookieScheme);
            auth.AddMicrosoftIdentityWebApi(azureAd, JwtBearerDefaults.AuthenticationScheme);
            builder.Services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, EntraIdWebSignIn>();
            builder.Services.AddSingleton<IConfigureOptions<JwtBearerOptions>, EntraIdBearerSignIn>();
        }
        else
        {
            auth.AddCookie(CookieScheme);
            builder.Services.AddHostedService<DevelopmentSignInGuard>();
        }
        builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, PortalCookieSetup>();
        builder.Services.AddSingleton<DevelopmentPeople>();
        builder.Services.AddAuthorization(PortalPolicies.Add);
        builder.Services.AddCascadingAuthenticationState();
    }

    private static string SelectScheme(HttpContext context, AuthenticationMode mode)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return CookieScheme;
        }
        var token = header["Bearer ".Length..].Trim();
        return mode == AuthenticationMode.EntraId && !token.StartsWith(ApiToken.Scheme, StringComparison.Ordinal)
            ? JwtBearerDefaults.AuthenticationScheme
            : ApiTokenAuthenticationHandler.SchemeName;
    }

    public static bool IsApiRequest(this HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/dev");
}
