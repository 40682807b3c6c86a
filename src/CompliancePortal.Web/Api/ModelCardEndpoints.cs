using System.Security.Claims;
using System.Text;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Authentication;
using Microsoft.Net.Http.Headers;

namespace CompliancePortal.Web.Api;

/// <summary>
/// A version's model card as a document: Markdown by default, a Hugging Face README.md, or the safe HTML. The
/// revision is the ETag; a PUT with If-Match is refused with 409 when someone saved since.
/// </summary>
public static class ModelCardEndpoints
{
    public const int MaxBodyBytes = 256 * 1024;

    public static void MapModelCardEndpoints(this RouteGroupBuilder api)
    {
        var card = api.MapGroup("/models/{key}/versions/{version}/card").WithTags("Model cards");

        card.MapGet("/", async Task<IResult> (string key, string version, string? format, ModelCardQueries queries, HttpContext http, CancellationToken ct) =>
        {
            var view = await queries.GetAsync(key, version, ct);
            if (view is null)
            {
                return ModelsEndpoints.NotFound($"{key} {version} has no model card yet.");
            }
            http.Response.Headers.ETag = $"\"{view.Revision}\"";
            return Format(format) switch
            {
                CardFormat.HuggingFace => Results.Text(HuggingFaceCard.Export(view.Metadata, view.Markdown), "text/markdown; charset=utf-8", Encoding.UTF8),
                CardFormat.Html => Results.Text(view.SafeHtml, "text/html; charset=utf-8", Encoding.UTF8),
                _ => Results.Text(view.Markdown, "text/markdown; charset=utf-8", Encoding.UTF8),
            };
        }).WithSummary("The card: Markdown (default), ?format=huggingface for a README.md with YAML front matter, ?format=html for safe HTML.");

        card.MapPut("/", async Task<IResult> (string key, string version, string? format, string? summary, ModelCardService cards,
            ModelCardQueries queries, HttpContext http, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var body = await ReadBodyAsync(http.Request, ct);
            var baseRevision = IfMatch(http.Request);
            var actor = user.ToActor();
            int revision;
            if (Format(format) == CardFormat.HuggingFace)
            {
                revision = await cards.ImportHuggingFaceAsync(actor, key, version, body, baseRevision, ct);
            }
            else
            {
                var current = baseRevision ?? (await queries.GetAsync(key, version, ct))?.Revision ?? 0;
                revision = await cards.SaveAsync(actor, key, version, body, summary, current, ct);
            }
            http.Response.Headers.ETag = $"\"{revision}\"";
            return TypedResults.Ok(new { revision, contentHash = (await queries.GetAsync(key, version, ct))!.ContentHash });
        }).WithSummary("Save a new revision from Markdown (or ?format=huggingface to import a README.md). Send If-Match: \"<revision>\" to refuse lost updates.");

        card.MapGet("/revisions", (string key, string version, ModelCardQueries queries, CancellationToken ct) => queries.RevisionsAsync(key, version, ct))
            .WithSummary("The card's revisions, newest first: author, time, content hash, kind, summary.");

        card.MapGet("/revisions/{number:int}", async (string key, string version, int number, ModelCardQueries queries, CancellationToken ct) =>
            Results.Text((await queries.RevisionAsync(key, version, number, ct)).Markdown, "text/markdown; charset=utf-8", Encoding.UTF8))
            .WithSummary("One revision's Markdown.");
    }

    private static CardFormat Format(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "markdown" or "md" => CardFormat.Markdown,
        "huggingface" or "hf" => CardFormat.HuggingFace,
        "html" => CardFormat.Html,
        _ => throw new ValidationFailedException(new Dictionary<string, string[]>
        {
            ["format"] = [$"Unknown format '{format}'; use markdown, huggingface or html."],
        }),
    };

    private static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }
        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(value.Trim('"'), out var revision) && revision >= 0
            ? revision
            : throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["If-Match"] = [$"If-Match must be the card revision you read, as an ETag such as \"3\"; got {header}."],
            });
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct) =>
        Encoding.UTF8.GetString(await RequestBodies.ReadAsync(request, MaxBodyBytes, "a model card", ct));

    private enum CardFormat
    {
        Markdown,
        HuggingFace,
        Html,
    }
}
