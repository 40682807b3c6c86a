using CompliancePortal.Core.Common;

namespace CompliancePortal.Web.Evaluation;

/// <summary>Enqueues portal-run evaluations as background jobs and reports where they stand.</summary>
public interface IEvaluationJobs
{
    /// <summary>Checks what can be checked up front, then enqueues the evaluation.</summary>
    /// <returns>The id of the job to poll.</returns>
    /// <exception cref="ValidationFailedException">The request is invalid (e.g. the endpoint is not allowed).</exception>
    Task<string> EnqueueAsync(Actor actor, EvaluationJobArguments args, CancellationToken ct);

    /// <exception cref="NotFoundException">There is no such evaluation job for this model version.</exception>
    EvaluationJobStatus Status(string modelKey, string version, string jobId);
}
