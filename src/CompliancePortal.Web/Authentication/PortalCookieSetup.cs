using CompliancePortal.Core.People;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Authentication;

/// <summary>The session cookie both sign-in modes share: portal sign-in pages, 401 for the API, and a check the person still exists.</summary>
public sealed class PortalCookieSetup(PersonDirectory directory) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != AuthenticationSetup.CookieScheme)
        {
            return;
        }
        options.LoginPath = "/account/signin";
        options.LogoutPath = "/account/signout";
        options.AccessDeniedPath = "/account/denied";
        options.Cookie.Name = "CompliancePortal.Session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;

        var redirectToLogin = options.Events.OnRedirectToLogin;
        options.Events.OnRedirectToLogin = context =>
        {
            if (context.Request.IsApiRequest())
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Task.CompletedTask;
            }
            return redirectToLogin(context);
        };
        var redirectToDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToAccessDenied = context =>
        {
            if (context.Request.IsApiRequest())
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
            return redirectToDenied(context);
        };
        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            // A session outliving its person (the database was reset) must sign in again rather than act as a stranger.
            var objectId = context.Principal?.FindFirst(PortalClaims.ObjectId)?.Value;
            var person = objectId is null ? null : await directory.FindByObjectIdAsync(objectId, context.HttpContext.RequestAborted);
            if (person is null || person.Id != context.Principal!.PersonId())
            {
                context.RejectPrincipal();
            }
        };
    }
}
