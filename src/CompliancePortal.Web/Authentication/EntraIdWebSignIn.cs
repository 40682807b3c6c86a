using CompliancePortal.Core.People;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Authentication;

/// <summary>Turns an Entra ID sign-in into a recorded person and the portal's principal shape.</summary>
public sealed class EntraIdWebSignIn(PersonDirectory directory, IOptions<PortalAuthenticationOptions> settings, EntraTenant tenant, TimeProvider time)
    : IConfigureNamedOptions<OpenIdConnectOptions>
{
    // Configure, not PostConfigure: the handler's own post-configuration validates the https requirement before ours would run.
    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name != OpenIdConnectDefaults.AuthenticationScheme)
        {
            return;
        }
        var tokenValidated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await tokenValidated(context);
            var token = context.Principal!;
            // The identity provider's auth_time, not the time the token arrived: a signature needs an authentication of at most
            // five minutes' age, and a silently renewed session must not pass for one.
            var principal = await EntraTokens.MapAsync(token, tenant, identity => directory.SignedInAsync(identity, context.HttpContext.RequestAborted),
                "EntraId", () => Reauthentication.AuthTime(token) ?? time.GetUtcNow(), context.Fail);
            if (principal is not null)
            {
                context.Principal = principal;
            }
        };
        var redirect = options.Events.OnRedirectToIdentityProvider;
        options.Events.OnRedirectToIdentityProvider = async context =>
        {
            if (context.Request.IsApiRequest())
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.HandleResponse();
                return;
            }
            if (context.Properties.Items.ContainsKey(Reauthentication.PropertyKey))
            {
                context.ProtocolMessage.Prompt = "login";
                context.ProtocolMessage.MaxAge = Reauthentication.MaxAgeSeconds;
            }
            await redirect(context);
        };

        if (settings.Value.TestIssuer is { Length: > 0 } issuer)
        {
            // Only for the browser test's loopback issuer: plain-http metadata and a fixed issuer.
            options.RequireHttpsMetadata = false;
            EntraTokens.TrustTestIssuer(options.TokenValidationParameters, issuer);
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
        }
    }
}
