using CompliancePortal.Core.Common;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Web.Evaluation;
using Hangfire;

namespace CompliancePortal.Web.Jobs;

/// <summary>
/// Opens a revalidation review for every model that has fallen due and has the production version evaluated against the
/// model's current golden set. Running it twice opens nothing the second time, and evaluations are enqueued only for
/// the reviews this run opened, so a retry, a restart or a second instance is harmless.
/// </summary>
public sealed class RevalidationJob(RevalidationService revalidation, RevalidationEvaluations evaluations, IEvaluationJobs evaluationJobs,
    TimeProvider time, ILogger<RevalidationJob> logger)
{
    public const string Id = "revalidation-due-reviews";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<RevalidationRunResult> RunAsync(CancellationToken ct)
    {
        var result = await revalidation.OpenDueReviewsAsync(Actor.System, time.GetUtcNow(), ct);
        logger.LogInformation("Revalidation job opened {Count} review(s){Concurrent}", result.Opened.Count,
            result.AlreadyOpened ? "; another run had already opened them" : "");
        foreach (var review in result.Opened)
        {
            await EvaluateAsync(review, ct);
        }
        return result;
    }

    private async Task EvaluateAsync(RevalidationReviewView review, CancellationToken ct)
    {
        var plan = await evaluations.PlanAsync(review, ct);
        var reason = plan.NotRunBecause;
        if (plan.Evaluation is { } evaluation)
        {
            try
            {
                var jobId = await evaluationJobs.EnqueueAsync(Actor.System, EvaluationJobArguments.ForRevalidation(evaluation), ct);
                logger.LogInformation("Revalidation of {Model} evaluates {Version} against {GoldenSet} in job {JobId}",
                    evaluation.ModelKey, evaluation.Version, evaluation.GoldenSet, jobId);
                return;
            }
            catch (Exception e) when (e is DomainRuleException or ValidationFailedException or NotFoundException)
            {
                reason = e.Message;
            }
        }
        logger.LogInformation("Revalidation of {Model} runs no evaluation: {Reason}", review.ModelKey, reason);
        await revalidation.NoteEvaluationNotRunAsync(Actor.System, review.Id, reason!, ct);
    }
}
