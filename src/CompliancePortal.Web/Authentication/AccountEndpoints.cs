using CompliancePortal.Core.People;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Authentication;

/// <summary>The portal's own sign-in and sign-out endpoints (Microsoft.Identity.Web.UI is not used).</summary>
public static class AccountEndpoints
{
    public static void MapPortalAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").AllowAnonymous();

        account.MapGet("/signin", (HttpContext context, IOptions<PortalAuthenticationOptions> settings, string? returnUrl) =>
        {
            var target = SafeReturnUrl(returnUrl);
            return settings.Value.Mode == AuthenticationMode.EntraId
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.Redirect($"/account/dev-signin?returnUrl={Uri.EscapeDataString(target)}");
        });

        account.MapPost("/dev-signin/complete", CompleteDevelopmentSignInAsync);

        // Signing needs a fresh authentication: in Entra ID mode the person signs in again (prompt=login, max_age).
        // The development sign-in has nothing to re-enter here; its signature dialog asks for the person's e-mail instead.
        account.MapGet("/reauthenticate", (IOptions<PortalAuthenticationOptions> settings, string? returnUrl) =>
        {
            var target = SafeReturnUrl(returnUrl);
            if (settings.Value.Mode != AuthenticationMode.EntraId)
            {
                return Results.LocalRedirect(target);
            }
            var properties = new AuthenticationProperties { RedirectUri = target };
            properties.Items[Reauthentication.PropertyKey] = "true";
            return Results.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
        });

        account.MapPost("/signout", async (HttpContext context, IOptions<PortalAuthenticationOptions> settings, IAntiforgery antiforgery) =>
        {
            // The form carries no fields to bind, so antiforgery is validated explicitly: no forced sign-out from another site.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            await context.SignOutAsync(AuthenticationSetup.CookieScheme);
            if (settings.Value.Mode == AuthenticationMode.EntraId)
            {
                return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/signed-out" }, [OpenIdConnectDefaults.AuthenticationScheme]);
            }
            return Results.Redirect("/account/signed-out");
        });
    }

    private static async Task<IResult> CompleteDevelopmentSignInAsync(HttpContext context, [FromForm] string? email, [FromForm] string? returnUrl,
        IOptions<PortalAuthenticationOptions> settings, DevelopmentPeople people, PersonDirectory directory, TimeProvider time)
    {
        if (settings.Value.Mode != AuthenticationMode.Development || !DevelopmentSignInGuard.IsLocalRequest(context))
        {
            return Results.NotFound();
        }
        var demo = people.Find(email);
        if (demo is null)
        {
            return Results.Redirect($"/account/dev-signin?error=unknown&returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
        }
        var person = await directory.SignedInAsync(new SignInIdentity(demo.ObjectId, demo.DisplayName, demo.Email, demo.Roles), context.RequestAborted);
        var principal = PortalPrincipal.Create(person, demo.Roles, "Development", time.GetUtcNow());
        await context.SignInAsync(AuthenticationSetup.CookieScheme, principal);
        return Results.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>Only local paths, so a crafted link cannot bounce a freshly signed-in person to another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.StartsWith("/account/", StringComparison.OrdinalIgnoreCase)
            // Browsers drop tabs and line breaks, so "/\t/evil.example" would become the off-site "//evil.example".
            && !returnUrl.Any(char.IsControl) && !returnUrl.Contains('\\')
            ? returnUrl
            : "/";
}
