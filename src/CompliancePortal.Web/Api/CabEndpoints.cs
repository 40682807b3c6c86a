using System.Security.Claims;
using System.Text;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>
/// The change advisory boards over HTTP: boards, the reviews before them, meetings with their agendas, votes, the chair's
/// decisions, conditions, and the minutes. Every rule (who may do what, when) is the domain's; refusals arrive as ProblemDetails.
/// </summary>
public static class CabEndpoints
{
    public static void MapCabEndpoints(this RouteGroupBuilder api)
    {
        MapBoards(api.MapGroup("/cab/boards").WithTags("Change advisory boards"));
        MapReviews(api);
        MapMeetings(api);
    }

    private static void MapBoards(RouteGroupBuilder boards)
    {
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
                throw Field("revision", "revision is required: send the revision you read with GET, so a concurrent edit is not overwritten.");
            }
            var definition = await binder.ToDefinitionAsync(r, ct);
            await service.UpdateAsync(user.ToActor(), key, definition, r.Revision.Value, ct);
            return TypedResults.Ok(await queries.GetAsync(key, ct));
        }).WithSummary("Edit a board. Administrators only; a stale revision is refused with 409.");

        boards.MapPost("/{key}/meetings", async (string key, ScheduleMeetingRequest r, CabMeetingService service, CabQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            new ValidationErrors()
                .When(r.StartsAt is null, "startsAt", "startsAt is required: when the meeting starts, with its offset (2026-12-03T14:00:00Z).")
                .When(r.DurationMinutes is null, "durationMinutes", "durationMinutes is required: between 15 and 480.")
                .ThrowIfAny();
            var id = await service.ScheduleAsync(user.ToActor(), key,
                new MeetingDefinition(r.Title, r.StartsAt!.Value, r.DurationMinutes!.Value, r.Location, r.CallLink), ct);
            return TypedResults.Created($"/api/v1/cab/meetings/{id}", await queries.MeetingAsync(id, user.ToActor(), ct));
        }).WithSummary("Schedule a meeting of the board: {title, startsAt, durationMinutes, location, callLink}. The chair only; not in the past.");

        boards.MapGet("/{key}/meetings", (string key, CabQueries queries, TimeProvider time, CancellationToken ct) =>
            queries.MeetingsAsync(key, time.GetUtcNow(), ct))
            .WithSummary("The board's calendar: upcoming meetings soonest first, then closed ones newest first.");
    }

    private static void MapReviews(RouteGroupBuilder api)
    {
        api.MapPost("/models/{key}/versions/{label}/cab-review", async (string key, string label, RequestCabReviewRequest r,
            ChangeReviewService service, CabQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var id = await service.RequestReviewAsync(user.ToActor(), key, label, r.Reason, ct);
            return TypedResults.Created($"/api/v1/cab/reviews/{id}", await queries.ReviewAsync(id, user.ToActor(), ct));
        }).WithTags("Change reviews")
            .WithSummary("Ask the board covering the model to review this version (typically a Minor change): {reason}. Its acting owner only; its CAB gate then waits for the decision.");

        var reviews = api.MapGroup("/cab/reviews").WithTags("Change reviews");

        reviews.MapGet("/", (string? board, CabQueries queries, CancellationToken ct) => queries.OpenReviewsAsync(NullIfBlank(board), ct))
            .WithSummary("Reviews not yet decided, oldest first; ?board=key for one board's queue.");

        reviews.MapGet("/{id:guid}", (Guid id, CabQueries queries, ClaimsPrincipal user, CancellationToken ct) => queries.ReviewAsync(id, user.ToActor(), ct))
            .WithSummary("One review: the change, its risk assessment, the agenda slot and voting window, votes and tally, the decision, conditions and the CAB gate.");

        reviews.MapPut("/{id:guid}/assessment", async (Guid id, RiskAssessmentRequest r, ChangeReviewService service, CabQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.AssessAsync(user.ToActor(), id, r.ToAssessment(), ct);
            return await queries.ReviewAsync(id, user.ToActor(), ct);
        }).WithSummary("Fill in or correct the risk assessment until the change is on an agenda: {whatChanges, why, likelihood, impact (Low | Moderate | High), impactIfItFails, testEvidence, rollbackPlan, responsible}. The requester or the model's acting owner.");

        reviews.MapPost("/{id:guid}/votes", async (Guid id, CastVoteRequest r, CabVotingService service, CabQueries queries, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            if (!EnumNames.TryParse<CabChoice>(r.Choice, out var choice))
            {
                throw Field("choice", string.IsNullOrWhiteSpace(r.Choice)
                    ? $"choice is required: {EnumNames.List<CabChoice>()}."
                    : $"'{r.Choice}' is not a vote: send {EnumNames.List<CabChoice>()}.");
            }
            await service.VoteAsync(user.ToActor(), id, choice, r.Conditions, r.Reason, ct);
            return await queries.ReviewAsync(id, user.ToActor(), ct);
        }).WithSummary("Vote on an agenda item: {choice: Approve | ApproveWithConditions | Reject | Abstain, conditions (with conditions), reason (with a rejection)}. Members of the board, inside the voting window; the last vote counts.");

        reviews.MapPost("/{id:guid}/close", async (Guid id, int? revision, CabVotingService service, CabQueries queries, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            await service.CloseItemAsync(user.ToActor(), id, revision, ct);
            return await queries.ReviewAsync(id, user.ToActor(), ct);
        }).WithSummary("The chair closes the item: the board's rules decide over the votes cast; without a quorum nothing is decided (422). A rejection ends the pending promotion request. With ?revision= (the review's revision as read), a vote cast since is refused with 409.");

        reviews.MapPost("/{id:guid}/conditions/{conditionId:guid}/done", async (Guid id, Guid conditionId, ConditionDoneRequest? r,
            ChangeReviewService service, CabQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.MarkConditionDoneAsync(user.ToActor(), id, conditionId, r?.Note, ct);
            return await queries.ReviewAsync(id, user.ToActor(), ct);
        }).WithSummary("Mark a condition of the approval done, with an optional {note}. The model's acting owner; the chair then confirms it.");

        reviews.MapPost("/{id:guid}/conditions/{conditionId:guid}/confirm", async (Guid id, Guid conditionId, ChangeReviewService service,
            CabQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.ConfirmConditionAsync(user.ToActor(), id, conditionId, ct);
            return await queries.ReviewAsync(id, user.ToActor(), ct);
        }).WithSummary("The chair confirms a condition marked done; once every condition is confirmed the CAB gate passes.");
    }

    private static void MapMeetings(RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/cab/meetings").WithTags("CAB meetings");

        meetings.MapGet("/{id:guid}", (Guid id, CabQueries queries, ClaimsPrincipal user, CancellationToken ct) => queries.MeetingAsync(id, user.ToActor(), ct))
            .WithSummary("One meeting: when and where, its agenda with each item's votes, attendance and the minutes' SHA-256 once closed, and (while open) the reviews that could join it.");

        meetings.MapPost("/{id:guid}/agenda", async (Guid id, AddAgendaItemRequest r, CabMeetingService service, CabQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (r.ReviewId is null)
            {
                throw Field("reviewId", "reviewId is required: the id of an assessed review before this board.");
            }
            await service.AddToAgendaAsync(user.ToActor(), id, r.ReviewId.Value, r.VotingOpensAt, r.VotingClosesAt, ct);
            return await queries.MeetingAsync(id, user.ToActor(), ct);
        }).WithSummary("Put an assessed review on the agenda: {reviewId, votingOpensAt (default now), votingClosesAt (optional)}. The chair only; the requester is told.");

        meetings.MapDelete("/{id:guid}/agenda/{reviewId:guid}", async (Guid id, Guid reviewId, CabMeetingService service, CabQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            // This URL names the meeting, so another meeting's item is not this one's to defer (checked in the transaction).
            await service.DeferAsync(user.ToActor(), reviewId, id, ct);
            return await queries.MeetingAsync(id, user.ToActor(), ct);
        }).WithSummary("Defer an undecided item: it leaves the agenda for a later meeting, keeping the votes already cast. The chair only.");

        meetings.MapPost("/{id:guid}/close", async (Guid id, CabMeetingService service, CabQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.CloseAsync(user.ToActor(), id, ct);
            return await queries.MeetingAsync(id, user.ToActor(), ct);
        }).WithSummary("Close the meeting once it has started: undecided items are deferred, and the minutes are written and fixed with their SHA-256. The chair only.");

        meetings.MapGet("/{id:guid}/minutes.md", async (Guid id, CabQueries queries, CancellationToken ct) =>
        {
            var minutes = await queries.MinutesAsync(id, ct);
            return Results.File(Encoding.UTF8.GetBytes(minutes.Markdown), "text/markdown; charset=utf-8", FileName(minutes, "md"),
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{minutes.Sha256}\""));
        }).WithSummary("The minutes as written when the meeting closed (Markdown; their SHA-256 is the meeting's minutesSha256). 409 while the meeting is open.");

        meetings.MapGet("/{id:guid}/minutes.pdf", async (Guid id, CabQueries queries, CancellationToken ct) =>
        {
            var minutes = await queries.MinutesAsync(id, ct);
            var pdf = MinutesPdf.Render(minutes.Title, minutes.BoardName, minutes.Markdown, minutes.Sha256, minutes.ClosedAt);
            return Results.File(pdf, "application/pdf", FileName(minutes, "pdf"));
        }).WithSummary("The minutes as a PDF, laid out from the same Markdown and naming its SHA-256. 409 while the meeting is open.");
    }

    private static string FileName(MeetingMinutesFile minutes, string extension) =>
        $"cab-minutes-{minutes.StartsAt.UtcDateTime:yyyy-MM-dd-HHmm}.{extension}";

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ValidationFailedException Field(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
