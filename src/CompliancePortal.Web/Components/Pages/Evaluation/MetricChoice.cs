using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

/// <summary>One metric on the new-golden-set form: whether it is required, and its pass threshold.</summary>
internal sealed class MetricChoice(MetricKind kind, double threshold)
{
    public MetricKind Kind { get; } = kind;

    public bool Selected { get; set; }

    public double Threshold { get; set; } = threshold;

    public MetricDefinition ToDefinition() => new(Kind, Threshold);
}
