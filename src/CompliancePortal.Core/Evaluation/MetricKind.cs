namespace CompliancePortal.Core.Evaluation;

/// <summary>A metric the portal computes itself from a golden set's labels and a model's outputs.</summary>
public enum MetricKind
{
    Accuracy,
    Precision,
    Recall,
    F1,
    RocAuc,
    LogLoss,
    Rmse,
    Mae,
    RSquared,
}
