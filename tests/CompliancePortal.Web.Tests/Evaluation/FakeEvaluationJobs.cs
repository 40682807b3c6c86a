using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Evaluation;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Tests.Evaluation;

/// <summary>
/// Stands in for Hangfire: makes the real up-front checks (the endpoint, access, the golden set), records what was enqueued
/// and answers status requests with whatever the test scripted.
/// </summary>
internal sealed class FakeEvaluationJobs(EvaluationRunner runner, params string[] allowedScoringHosts) : IEvaluationJobs
{
    public const string JobId = "42";

    private readonly MlflowEvaluatorFactory _mlflow = new(null!, Options.Create(new ScoringEndpointOptions { AllowedScoringHosts = [.. allowedScoringHosts] }));
    private volatile EvaluationJobStatus _current = new(JobId, "enqueued", null, null, null);

    public List<EvaluationJobArguments> Enqueued { get; } = [];

    public int StatusRequests { get; private set; }

    /// <summary>The status the next polls see.</summary>
    public EvaluationJobStatus Current { get => _current; set => _current = value; }

    public async Task<string> EnqueueAsync(Actor actor, EvaluationJobArguments args, CancellationToken ct)
    {
        if (args.EvaluatorKind == EvaluatorKinds.Mlflow)
        {
            _mlflow.ParseEndpoint(args.Endpoint);
        }
        await runner.CheckAsync(actor, new EvaluationRequest(args.ModelKey, args.Version, args.GoldenSet, args.GoldenSetVersion, EvaluationTrigger.Manual),
            PortalEvaluators.Identity(args), ct);
        Enqueued.Add(args);
        return JobId;
    }

    public EvaluationJobStatus Status(string modelKey, string version, string jobId)
    {
        StatusRequests++;
        return jobId == JobId ? Current : throw new NotFoundException($"{modelKey} {version} has no evaluation job {jobId}.");
    }
}
