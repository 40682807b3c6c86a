namespace CompliancePortal.Core.Evaluation;

/// <summary>A metric definition as stored in a golden set's JSON column.</summary>
internal sealed record StoredMetric(MetricKind Kind, double Threshold, MetricDirection Direction)
{
    public static StoredMetric From(MetricDefinition definition) => new(definition.Kind, definition.Threshold, definition.Direction);

    public MetricDefinition ToDefinition() => new(Kind, Threshold, Direction);
}
