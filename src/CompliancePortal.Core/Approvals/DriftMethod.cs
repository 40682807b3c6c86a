namespace CompliancePortal.Core.Approvals;

/// <summary>How drift of a monitored feature or metric is measured.</summary>
public enum DriftMethod
{
    /// <summary>Population stability index of a feature's distribution against the training baseline.</summary>
    Psi,
    /// <summary>Kolmogorov–Smirnov statistic (0–1) between the live and the baseline distribution.</summary>
    KolmogorovSmirnov,
    /// <summary>Relative drop of a quality metric against its evaluated value (0.05 = 5 %).</summary>
    MetricDrop,
}
