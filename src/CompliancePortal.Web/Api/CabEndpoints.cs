using System.Security.Claims;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

public static class CabEndpoints
{
    public static void MapCabEndpoints(this RouteGroupBuilder api)
    {
        var boards = api.MapGroup("/cab/boards").WithTags("Change advisory boards");

        boards.MapGet("/", (BoardQueries queries, CancellationToken ct) => queries.ListAsync(ct))
            .WithSummary("List the change advisory boards with their chair, rules and scope.");

        boards.MapGet("/{key}", async Task<IResult> (string key, BoardQueries queries, CancellationToken ct) =>
            await queries.GetAsync(key, ct) is { } board ? TypedResults.Ok(board) : ModelsEndpoints.NotFound($"There is no board with the key '{key}'."))
            .WithSummary("One board with its members.");

        boards.MapPost("/", async (BoardRequest r, BoardService service, BoardQueries queries, BoardBinder binder, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            var definition = await binder.ToDefinitionAsync(r, ct);
            var key = await service.CreateAsync(user.ToActor(), r.Key ?? "", definition, ct);
            return TypedResults.Created($"/api/v1/cab/boards/{key}", await queries.GetAsync(key, ct));
        }).WithSummary("Create a board. Administrators only; chair and members are e-mails of people known to the portal, the chair among the members.");

        boards.MapPut("/{key}", async (string key, BoardRequest r, BoardService service, BoardQueries queries, BoardBinder binder,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (r.Revision is null)
            {
                throw new ValidationFailedException(new Dictionary<string, string[]>
                {
                    ["revision"] = ["revision is required: send the revision you read with GET, so a concurrent edit is not overwritten."],
                });
            }
            var definition = await binder.ToDefinitionAsync(r, ct);
            await service.UpdateAsync(user.ToActor(), key, definition, r.Revision.Value, ct);
            return TypedResults.Ok(await queries.GetAsync(key, ct));
        }).WithSummary("Edit a board. Administrators only; a stale revision is refused with 409.");
    }
}
