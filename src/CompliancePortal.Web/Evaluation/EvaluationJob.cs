using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using Hangfire;
using Hangfire.Server;

namespace CompliancePortal.Web.Evaluation;

/// <summary>Runs one evaluation in the background on behalf of the person who asked for it; progress is kept with the job.</summary>
public sealed class EvaluationJob(EvaluationRunner runner, PortalEvaluators evaluators)
{
    public const string RowsScoredParameter = "RowsScored";

    // A refused evaluation would be refused again; a retry would only delay the message the person is waiting for.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<Guid> RunAsync(EvaluationJobArguments args, PerformContext? context, CancellationToken ct)
    {
        var actor = new Actor(args.RequestedById, args.RequestedByName, args.RequestedByRoles.ToHashSet());
        var request = new EvaluationRequest(args.ModelKey, args.Version, args.GoldenSet, args.GoldenSetVersion, EvaluationTrigger.Manual);
        var evaluator = evaluators.Create(args);
        try
        {
            var progress = context is null ? null : new JobProgress(context);
            return await runner.RunAsync(actor, request, evaluator, progress, ct);
        }
        finally
        {
            (evaluator as IDisposable)?.Dispose();
        }
    }

    // Synchronous, unlike Progress<T>: the last count is stored before the job can be reported as succeeded.
    private sealed class JobProgress(PerformContext context) : IProgress<int>
    {
        public void Report(int value) => context.SetJobParameter(RowsScoredParameter, value);
    }
}
