using System.Security.Claims;
using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

public static class AccountApiEndpoints
{
    public static void MapAccountApiEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) =>
        {
            var actor = user.ToActor();
            return new { personId = actor.PersonId, name = actor.DisplayName, email = user.FindFirstValue(PortalClaims.Email), roles = actor.Roles.ToArray(),
                method = user.FindFirstValue(PortalClaims.Method) };
        }).WithTags("Account").WithSummary("Who the caller is, with the roles the portal sees.");

        var tokens = api.MapGroup("/tokens").WithTags("Account");
        tokens.MapGet("/", (ApiTokenService service, ClaimsPrincipal user, CancellationToken ct) =>
            service.ListAsync(user.ToActor().RequirePerson(), ct)).WithSummary("Your API tokens (secrets are never shown again).");
        tokens.MapPost("/", async (CreateTokenRequest r, ApiTokenService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            // A leaked token must not be able to outlive its own revocation by minting successors.
            if (user.FindFirstValue(PortalClaims.Method) == "ApiToken")
            {
                throw new AccessDeniedException("An API token cannot create API tokens; sign in to the portal (or use an Entra ID token) to create one.");
            }
            return TypedResults.Ok(await service.CreateAsync(user.ToActor(), r.Name ?? "", r.LifetimeDays ?? 90, ct));
        })
            .WithSummary("Create an API token carrying your current roles; the secret is in this response only.");
        tokens.MapDelete("/{id:guid}", async (Guid id, ApiTokenService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.RevokeAsync(user.ToActor(), id, ct);
            return TypedResults.NoContent();
        }).WithSummary("Revoke one of your API tokens.");
    }
}
