using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Evaluation;

/// <summary>The verdict of one evaluation: it passes only when every metric meets its threshold.</summary>
public sealed record EvaluationOutcome
{
    public EvaluationOutcome(IEnumerable<MetricResult> results)
    {
        Results = [.. results];
        // "Every metric passed" is vacuously true of none; an evaluation that measured nothing is no evidence.
        if (Results.Count == 0)
        {
            throw new DomainRuleException("An evaluation needs at least one metric result to pass or fail.");
        }
        Failed = [.. Results.Where(r => !r.Passed)];
    }

    public IReadOnlyList<MetricResult> Results { get; }

    public IReadOnlyList<MetricResult> Failed { get; }

    public bool Passed => Failed.Count == 0;

    public IReadOnlyList<MetricKind> FailedKinds => [.. Failed.Select(r => r.Kind)];
}
