using System.Security.Claims;
using CompliancePortal.Core.Siem;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>SIEM destinations of the audit feed and their health; administrators only.</summary>
public static class SiemEndpoints
{
    public static void MapSiemEndpoints(this RouteGroupBuilder api)
    {
        var siem = api.MapGroup("/siem").WithTags("SIEM feed").RequireAuthorization(PortalPolicies.Administer);

        siem.MapGet("/destinations", (SiemDestinationService service, CancellationToken ct) => service.ListAsync(ct))
            .WithSummary("Every destination with its health: last delivered sequence, lag behind the chain, last error, next attempt.");

        siem.MapPost("/destinations", async (SiemDestinationRequest body, SiemDestinationService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var destination = await service.AddAsync(user.ToActor(), body, ct);
            return Results.Created($"/api/v1/siem/destinations/{destination.Id}", destination);
        }).WithSummary("Add a destination: {name, kind: Syslog, host, port, transport: Udp|Tcp|Tls} or {name, kind: SplunkHec, url, token}; " +
            "fromNow: true starts after the current tail instead of sending the whole chain.");

        siem.MapPost("/destinations/{id:guid}/enable", async (Guid id, SiemDestinationService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.SetEnabledAsync(user.ToActor(), id, true, ct);
            return Results.NoContent();
        }).WithSummary("Resume delivery (the back-off is reset).");

        siem.MapPost("/destinations/{id:guid}/disable", async (Guid id, SiemDestinationService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.SetEnabledAsync(user.ToActor(), id, false, ct);
            return Results.NoContent();
        }).WithSummary("Stop delivery; the cursor is kept, so enabling again resumes where it stopped.");
    }
}
