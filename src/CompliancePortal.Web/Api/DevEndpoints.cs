using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>Scripting helpers for the development sign-in only: list the demo people and mint a token for one.</summary>
public static class DevEndpoints
{
    public static void MapDevEndpoints(this WebApplication app)
    {
        var dev = app.MapGroup("/dev").AllowAnonymous().WithTags("Development")
            .AddEndpointFilter(async (context, next) =>
                DevelopmentSignInGuard.IsLocalRequest(context.HttpContext) ? await next(context) : Results.NotFound());

        dev.MapGet("/people", (DevelopmentPeople people) =>
            people.All.Select(p => new { p.DisplayName, p.Email, p.Title, p.Roles }))
            .WithSummary("Demo people and their roles (development sign-in only).");

        dev.MapPost("/tokens", async Task<IResult> (string? @as, DevelopmentPeople people, PersonDirectory directory, ApiTokenService tokens,
            CancellationToken ct) =>
        {
            var demo = people.Find(@as);
            if (demo is null)
            {
                throw new ValidationFailedException(new Dictionary<string, string[]>
                {
                    ["as"] = [$"'{@as}' is not a demo person; GET /dev/people lists their e-mails."],
                });
            }
            var person = await directory.RecordApiCallerAsync(new SignInIdentity(demo.ObjectId, demo.DisplayName, demo.Email, demo.Roles), ct);
            var actor = new Actor(person.Id, person.DisplayName, PortalRoles.Normalize(demo.Roles));
            var issued = await tokens.CreateAsync(actor, "Development script token", 7, ct);
            return TypedResults.Ok(new { token = issued.Secret, issued.ExpiresAt, person = demo.Email, issued.Roles });
        }).WithSummary("A 7-day API token for a demo person: POST /dev/tokens?as=<e-mail> (development sign-in only).");
    }
}
