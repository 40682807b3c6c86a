using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// One evaluation of a model version against a golden-set version, stored with the version as evidence: every metric
/// judged against the golden set's thresholds, the evaluator and its version, and the artifact hash that was scored.
/// </summary>
public sealed class EvaluationRun
{
    private readonly List<EvaluationMetric> _metrics = [];

    private EvaluationRun() { }

    public Guid Id { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public Guid GoldenSetVersionId { get; private set; }

    public string EvaluatorName { get; private set; } = "";

    public string EvaluatorVersion { get; private set; } = "";

    public EvaluationTrigger Trigger { get; private set; }

    public EvaluationSource Source { get; private set; }

    public bool Passed { get; private set; }

    /// <summary>The SHA-256 of the model version's artifact at the time of the evaluation.</summary>
    public string ArtifactSha256 { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public Guid? RecordedById { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<EvaluationMetric> Metrics => _metrics;

    public TimeSpan Duration => FinishedAt - StartedAt;

    /// <summary>
    /// Records an evaluation. Every metric the golden set defines must be measured, and nothing else: the metrics are
    /// judged here, against the golden set's thresholds.
    /// </summary>
    public static EvaluationRun Record(ModelVersion version, GoldenSet goldenSet, GoldenSetVersion goldenSetVersion, EvaluatorIdentity evaluator,
        IReadOnlyDictionary<MetricKind, double> measured, EvaluationSource source, EvaluationTrigger trigger, DateTimeOffset startedAt,
        DateTimeOffset finishedAt, Actor recordedBy, DateTimeOffset at)
    {
        if (goldenSetVersion.GoldenSetId != goldenSet.Id || goldenSet.ModelId != version.ModelId)
        {
            throw new InvalidOperationException("The golden-set version must belong to a golden set of the evaluated model.");
        }
        if ((source == EvaluationSource.Posted) != (trigger == EvaluationTrigger.Posted))
        {
            throw new InvalidOperationException("Posted results, and only they, have the Posted trigger.");
        }
        var definitions = goldenSet.Metrics;
        if (measured.Count != definitions.Count || definitions.Any(d => !measured.ContainsKey(d.Kind)))
        {
            throw new InvalidOperationException("The measured metrics must be exactly the golden set's metrics.");
        }
        var normalized = evaluator.Normalized();
        var run = new EvaluationRun
        {
            Id = Guid.CreateVersion7(at),
            ModelVersionId = version.Id,
            GoldenSetVersionId = goldenSetVersion.Id,
            EvaluatorName = normalized.Name!,
            EvaluatorVersion = normalized.Version!,
            Trigger = trigger,
            Source = source,
            ArtifactSha256 = version.ArtifactSha256,
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            RecordedById = recordedBy.PersonId,
            RecordedByName = recordedBy.DisplayName,
            RecordedAt = at,
        };
        var outcome = new EvaluationOutcome(definitions.Select(d => d.Judge(measured[d.Kind])));
        run._metrics.AddRange(outcome.Results.Zip(definitions, (r, d) => new EvaluationMetric(run.Id, r, d.Direction)));
        run.Passed = outcome.Passed;
        return run;
    }

    public object Snapshot() => new
    {
        Id, ModelVersionId, GoldenSetVersionId, EvaluatorName, EvaluatorVersion, Trigger = Trigger.ToString(), Source = Source.ToString(),
        Passed, ArtifactSha256, StartedAt, FinishedAt, RecordedById,
        Metrics = _metrics.Select(m => new { Kind = m.Kind.ToString(), m.Value, m.Threshold, m.Passed }).ToArray(),
    };
}
