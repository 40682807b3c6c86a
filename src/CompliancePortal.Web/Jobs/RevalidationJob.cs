using CompliancePortal.Core.Common;
using CompliancePortal.Core.Revalidation;
using Hangfire;

namespace CompliancePortal.Web.Jobs;

/// <summary>
/// Opens a revalidation review for every model that has fallen due. Running it twice opens nothing the second time,
/// so a retry, a restart or a second instance is harmless.
/// </summary>
public sealed class RevalidationJob(RevalidationService revalidation, TimeProvider time, ILogger<RevalidationJob> logger)
{
    public const string Id = "revalidation-due-reviews";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<RevalidationRunResult> RunAsync(CancellationToken ct)
    {
        var result = await revalidation.OpenDueReviewsAsync(Actor.System, time.GetUtcNow(), ct);
        logger.LogInformation("Revalidation job opened {Count} review(s){Concurrent}", result.Opened.Count,
            result.AlreadyOpened ? "; another run had already opened them" : "");
        return result;
    }
}
