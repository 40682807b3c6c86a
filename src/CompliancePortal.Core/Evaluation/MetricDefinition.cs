namespace CompliancePortal.Core.Evaluation;

/// <summary>A metric a golden set requires, with the threshold a model version must meet to pass.</summary>
public sealed record MetricDefinition(MetricKind Kind, double Threshold, MetricDirection Direction)
{
    /// <summary>A definition in the metric's natural direction (lower is better for log loss, RMSE and MAE).</summary>
    public MetricDefinition(MetricKind kind, double threshold)
        : this(kind, threshold, kind.DefaultDirection())
    {
    }

    /// <summary>A value exactly on the threshold passes; NaN never does, since every comparison with it is false.</summary>
    public bool IsMetBy(double value) => Direction == MetricDirection.HigherIsBetter ? value >= Threshold : value <= Threshold;

    public MetricResult Judge(double value) => new(Kind, value, Threshold, IsMetBy(value));
}
