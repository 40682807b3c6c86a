using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CompliancePortal.Testing.Oidc;

/// <summary>
/// Entra's end-session endpoint. The issuer keeps no session of its own (every sign-in shows the page again),
/// so signing out only has to send the browser back to the app.
/// </summary>
internal static class LogoutEndpoint
{
    public static Task SignOutAsync(HttpContext context)
    {
        var target = context.Request.Query["post_logout_redirect_uri"].ToString();
        if (target.Length == 0)
        {
            return OidcResponses.WriteHtmlAsync(context, StatusCodes.Status200OK, OidcPages.Message("Signed out", "You have been signed out of Test Entra."));
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return OidcResponses.WriteHtmlAsync(context, StatusCodes.Status400BadRequest, OidcPages.Message("Sign-out request rejected", $"post_logout_redirect_uri '{target}' is not an absolute http(s) URI."));
        }

        var state = context.Request.Query["state"].ToString();
        context.Response.Redirect(state.Length > 0 ? QueryHelpers.AddQueryString(target, "state", state) : target);
        return Task.CompletedTask;
    }
}
