namespace CompliancePortal.Core.Evaluation;

/// <summary>One metric of a stored evaluation: its value, the threshold it was held to then, and whether it passed.</summary>
public sealed class EvaluationMetric
{
    private EvaluationMetric() { }

    internal EvaluationMetric(Guid runId, MetricResult result, MetricDirection direction)
    {
        EvaluationRunId = runId;
        Kind = result.Kind;
        Value = result.Value;
        Threshold = result.Threshold;
        Direction = direction;
        Passed = result.Passed;
    }

    public Guid EvaluationRunId { get; private set; }

    public MetricKind Kind { get; private set; }

    public double Value { get; private set; }

    public double Threshold { get; private set; }

    public MetricDirection Direction { get; private set; }

    public bool Passed { get; private set; }

    public MetricResult ToResult() => new(Kind, Value, Threshold, Passed);
}
