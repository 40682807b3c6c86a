using CompliancePortal.Core.Revalidation;

namespace CompliancePortal.Web.Revalidation;

/// <summary>
/// The private iCalendar feed calendar apps poll. They cannot sign in, so the secret in the URL is the credential:
/// an unknown or revoked secret is a plain 404 that says nothing about whether it ever existed.
/// </summary>
public static class CalendarFeedEndpoints
{
    public const string PathPrefix = "/calendar/";

    public static string PathFor(string secret) => $"{PathPrefix}{secret}.ics";

    public static void MapCalendarFeeds(this IEndpointRouteBuilder app) =>
        app.MapGet(PathPrefix + "{secret}.ics", async (string secret, CalendarFeedService feeds, TimeProvider time, HttpRequest request,
            CancellationToken ct) =>
        {
            var content = await feeds.ContentAsync(secret, ct);
            if (content is null)
            {
                return Results.NotFound();
            }
            var baseUri = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
            return Results.Text(CalendarFeedWriter.Write(content, baseUri, time.GetUtcNow()), CalendarFeedWriter.ContentType);
        })
        .AllowAnonymous()
        .ExcludeFromDescription();
}
