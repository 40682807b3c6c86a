using System.Globalization;
using System.Security.Claims;
using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Authentication;

/// <summary>The fresh authentication an e-signature needs, as the web layer sees it.</summary>
public static class Reauthentication
{
    public const string PropertyKey = "portal.reauthenticate";

    public static readonly string MaxAgeSeconds = ((int)FreshAuthentication.MaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>The OpenID Connect auth_time claim (seconds since the epoch), when the identity provider sent one.</summary>
    public static DateTimeOffset? AuthTime(ClaimsPrincipal principal) =>
        // Token handlers that map inbound claims rename auth_time to the authentication-instant claim type.
        long.TryParse(principal.FindFirstValue("auth_time") ?? principal.FindFirstValue(ClaimTypes.AuthenticationInstant), NumberStyles.None,
            CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>When the signed-in person last authenticated, as recorded in the portal's own principal.</summary>
    public static DateTimeOffset? AuthenticatedAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(PortalClaims.AuthenticatedAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static bool IsEntraId(ClaimsPrincipal principal) => principal.FindFirstValue(PortalClaims.Method) == "EntraId";
}
