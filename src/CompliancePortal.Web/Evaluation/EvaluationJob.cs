using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Revalidation;
using Hangfire;
using Hangfire.Server;

namespace CompliancePortal.Web.Evaluation;

/// <summary>Runs one evaluation in the background on behalf of the person who asked for it; progress is kept with the job.</summary>
public sealed class EvaluationJob(EvaluationRunner runner, PortalEvaluators evaluators, RevalidationService revalidation)
{
    public const string RowsScoredParameter = "RowsScored";

    // A refused evaluation would be refused again; a retry would only delay the message the person is waiting for.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<Guid> RunAsync(EvaluationJobArguments args, PerformContext? context, CancellationToken ct)
    {
        var evaluator = evaluators.Create(args);
        try
        {
            var progress = context is null ? null : new JobProgress(context);
            var evaluationId = await RunForReviewAsync(args, () => runner.RunAsync(args.RequestedBy, args.Request, evaluator, progress, ct), ct);
            if (args.RevalidationReviewId is { } reviewId)
            {
                await revalidation.AttachEvaluationAsync(Actor.System, reviewId, evaluationId, ct);
            }
            return evaluationId;
        }
        finally
        {
            (evaluator as IDisposable)?.Dispose();
        }
    }

    /// <summary>A scheduled evaluation the portal could not run is noted on its review, so the signers know why none is attached.</summary>
    private async Task<Guid> RunForReviewAsync(EvaluationJobArguments args, Func<Task<Guid>> run, CancellationToken ct)
    {
        try
        {
            return await run();
        }
        catch (EvaluationRefusedException e) when (args.RevalidationReviewId is { } reviewId)
        {
            await revalidation.NoteEvaluationNotRunAsync(Actor.System, reviewId, e.Message, ct);
            throw;
        }
    }

    // Synchronous, unlike Progress<T>: the last count is stored before the job can be reported as succeeded.
    private sealed class JobProgress(PerformContext context) : IProgress<int>
    {
        public void Report(int value) => context.SetJobParameter(RowsScoredParameter, value);
    }
}
