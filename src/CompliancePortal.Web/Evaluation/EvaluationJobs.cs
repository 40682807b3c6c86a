using System.Text.Json;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using Hangfire;
using Hangfire.States;

namespace CompliancePortal.Web.Evaluation;

/// <summary>Enqueues evaluations as background jobs, after checking up front what can be checked, and reports on them.</summary>
public sealed class EvaluationJobs(IBackgroundJobClient jobs, JobStorage storage, EvaluationRunner runner, MlflowEvaluatorFactory mlflow)
    : IEvaluationJobs
{
    public async Task<string> EnqueueAsync(Actor actor, EvaluationJobArguments args, CancellationToken ct)
    {
        if (args.EvaluatorKind == EvaluatorKinds.Mlflow)
        {
            mlflow.ParseEndpoint(args.Endpoint);
        }
        await runner.CheckAsync(actor, args.Request, PortalEvaluators.Identity(args), ct);
        return jobs.Enqueue<EvaluationJob>(j => j.RunAsync(args, null, CancellationToken.None));
    }

    /// <exception cref="NotFoundException">There is no such evaluation job for this model version.</exception>
    public EvaluationJobStatus Status(string modelKey, string version, string jobId)
    {
        using var connection = storage.GetConnection();
        var data = connection.GetJobData(jobId);
        if (data?.Job?.Args is not [EvaluationJobArguments args, ..] || args.ModelKey != modelKey || args.Version != version)
        {
            throw new NotFoundException($"{modelKey} {version} has no evaluation job {jobId}.");
        }
        var state = connection.GetStateData(jobId);
        var rows = int.TryParse(connection.GetJobParameter(jobId, EvaluationJob.RowsScoredParameter)?.Trim('"'), out var n) ? n : (int?)null;
        Guid? evaluationId = state?.Name == SucceededState.StateName && state.Data.TryGetValue("Result", out var result)
            ? JsonSerializer.Deserialize<Guid>(result)
            : null;
        string? error = state?.Name == FailedState.StateName ? (state.Data.TryGetValue("ExceptionMessage", out var message) ? message : "The evaluation failed.") : null;
        return new EvaluationJobStatus(jobId, (data.State ?? "enqueued").ToLowerInvariant(), rows, evaluationId, error);
    }
}
