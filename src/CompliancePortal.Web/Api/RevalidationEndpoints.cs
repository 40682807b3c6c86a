using System.Security.Claims;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.Jobs;

namespace CompliancePortal.Web.Api;

/// <summary>
/// Scheduled revalidation: each model's next due date, the calendar, and the reviews the job opens, signed off by the
/// model's owner and an independent compliance officer.
/// </summary>
public static class RevalidationEndpoints
{
    public static void MapRevalidationEndpoints(this RouteGroupBuilder api)
    {
        var revalidation = api.MapGroup("/revalidation").WithTags("Revalidation");

        revalidation.MapGet("/schedules", async (RiskTier[]? riskTier, string? owner, RevalidationQueries queries, PersonDirectory people,
            CancellationToken ct) => await queries.SchedulesAsync(await FilterAsync(riskTier, owner, people, ct), ct))
            .WithSummary("Every model's revalidation schedule with its status (Upcoming, DueSoon, Overdue), open review and alert; "
                + "filter by riskTier (repeatable) and owner (e-mail; matches owner or backup owner).");

        revalidation.MapGet("/calendar", async (DateTimeOffset? from, DateTimeOffset? to, RiskTier[]? riskTier, string? owner,
            RevalidationQueries queries, PersonDirectory people, TimeProvider time, CancellationToken ct) =>
        {
            var start = (from ?? StartOfMonth(time.GetUtcNow())).ToUniversalTime();
            var end = (to ?? start.AddMonths(1)).ToUniversalTime();
            return await queries.CalendarAsync(start, end, await FilterAsync(riskTier, owner, people, ct), ct);
        }).WithSummary("Due, overdue and completed revalidations in [from, to) (default: this month), ordered by due date.");

        revalidation.MapGet("/reviews/{id:guid}", (Guid id, RevalidationQueries queries, CancellationToken ct) => queries.ReviewAsync(id, ct))
            .WithSummary("One revalidation review with its signatures, outcome and alert.");

        revalidation.MapPost("/reviews/{id:guid}/owner-signature", async (Guid id, SignRevalidationRequest r, RevalidationService service,
            RevalidationQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.SignAsOwnerAsync(user.ToActor(), id, RequireOutcome(r), r.Comments, ct);
            return await queries.ReviewAsync(id, ct);
        }).WithSummary("Sign as the model's owner or backup owner: {outcome: Pass | PassWithFindings | Fail, comments}.");

        revalidation.MapPost("/reviews/{id:guid}/compliance-signature", async (Guid id, SignRevalidationRequest r, RevalidationService service,
            RevalidationQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await service.SignAsComplianceOfficerAsync(user.ToActor(), id, RequireOutcome(r), r.Comments, ct);
            return await queries.ReviewAsync(id, ct);
        }).WithSummary("Sign as a compliance officer who does not own the model; their outcome is the review's. A fail raises an alert on the model.");

        revalidation.MapPost("/run", (RevalidationService service, TimeProvider time, ClaimsPrincipal user, CancellationToken ct) =>
            service.OpenDueReviewsAsync(user.ToActor(), time.GetUtcNow(), ct))
            .RequireAuthorization(PortalPolicies.Administer)
            .WithSummary($"Run the revalidation job ('{RevalidationJob.Id}') now: opens a review for every due model that has none. Administrators only.");

        api.MapGet("/models/{key}/revalidation/reviews", (string key, RevalidationQueries queries, CancellationToken ct) =>
            queries.ReviewsAsync(key, ct)).WithTags("Revalidation").WithSummary("The model's revalidation reviews, newest due date first.");
    }

    private static RevalidationOutcome RequireOutcome(SignRevalidationRequest r) => r.Outcome
        ?? throw new ValidationFailedException(new Dictionary<string, string[]>
        {
            ["outcome"] = ["outcome is required: Pass, PassWithFindings or Fail."],
        });

    private static async Task<RevalidationCalendarFilter> FilterAsync(RiskTier[]? riskTiers, string? owner, PersonDirectory people,
        CancellationToken ct)
    {
        Guid? ownerId = null;
        if (!string.IsNullOrWhiteSpace(owner))
        {
            ownerId = (await people.FindByEmailAsync(owner.Trim(), ct))?.Id ?? throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["owner"] = [$"No person with the e-mail '{owner}' is known to the portal."],
            });
        }
        return new RevalidationCalendarFilter(riskTiers is { Length: > 0 } ? riskTiers.ToHashSet() : null, ownerId);
    }

    private static DateTimeOffset StartOfMonth(DateTimeOffset now) => new(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
}
