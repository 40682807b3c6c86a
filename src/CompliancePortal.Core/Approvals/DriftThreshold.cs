using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Approvals;

/// <summary>One monitored feature or metric of a drift policy, with the levels at which drift warns and becomes critical.</summary>
public sealed record DriftThreshold(string Monitored, DriftMethod Method, double Warning, double Critical)
{
    public const int MaxMonitoredLength = 200;

    public DriftThreshold Normalized() => this with { Monitored = Monitored.Trim() };

    /// <summary>Field names are indexed (<c>Thresholds[0].Warning</c>) so a form can put each error beside its row.</summary>
    public void Validate(ValidationErrors errors, int index)
    {
        var at = $"Thresholds[{index}]";
        var upper = Method == DriftMethod.Psi ? double.MaxValue : 1.0;
        errors.When(string.IsNullOrWhiteSpace(Monitored), $"{at}.Monitored", "Name the monitored feature or metric.")
            .When(Monitored?.Trim().Length > MaxMonitoredLength, $"{at}.Monitored", $"A monitored name can be at most {MaxMonitoredLength} characters.")
            .When(!Enum.IsDefined(Method), $"{at}.Method", "Choose a method: Psi, KolmogorovSmirnov or MetricDrop.")
            .When(!double.IsFinite(Warning) || Warning <= 0 || Warning > upper, $"{at}.Warning",
                Method == DriftMethod.Psi ? "The warning threshold must be a positive number." : "The warning threshold must be above 0 and at most 1.")
            .When(!double.IsFinite(Critical) || Critical <= 0 || Critical > upper, $"{at}.Critical",
                Method == DriftMethod.Psi ? "The critical threshold must be a positive number." : "The critical threshold must be above 0 and at most 1.")
            .When(double.IsFinite(Warning) && double.IsFinite(Critical) && Critical <= Warning, $"{at}.Critical",
                "The critical threshold must be above the warning threshold: drift warns before it becomes critical.");
    }
}
