using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CompliancePortal.Testing.Oidc;

/// <summary>How every endpoint of the issuer answers; nothing it returns may be cached, as tokens and codes are single use.</summary>
internal static class OidcResponses
{
    public static Task WriteJsonAsync(HttpContext context, int statusCode, JsonObject body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public static Task WriteHtmlAsync(HttpContext context, int statusCode, string html)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>The token endpoint's error body (RFC 6749 5.2), which MSAL and Microsoft.Identity.Web surface in their exceptions.</summary>
    public static Task WriteTokenErrorAsync(HttpContext context, int statusCode, string error, string description) =>
        WriteJsonAsync(context, statusCode, new JsonObject { ["error"] = error, ["error_description"] = description });
}
