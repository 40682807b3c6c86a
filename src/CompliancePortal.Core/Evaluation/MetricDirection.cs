namespace CompliancePortal.Core.Evaluation;

/// <summary>Which side of its threshold a metric value must fall on to pass.</summary>
public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
