using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Web.Evaluation;

/// <summary>
/// The reasons a person or pipeline may give for an evaluation they start: a manual check, or evidence for a promotion.
/// Scheduled runs are the revalidation job's alone, and posted results are not run by the portal.
/// </summary>
public static class PortalRunTriggers
{
    public static IReadOnlyList<EvaluationTrigger> Allowed { get; } = [EvaluationTrigger.Manual, EvaluationTrigger.Promotion];

    /// <returns>The trigger (manual when none is given), or null when it is not one a person may choose.</returns>
    public static EvaluationTrigger? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? EvaluationTrigger.Manual
        : Enum.TryParse<EvaluationTrigger>(text.Trim(), ignoreCase: true, out var trigger) && Allowed.Contains(trigger) ? trigger
        : null;

    public static string Describe(EvaluationTrigger trigger) => trigger switch
    {
        EvaluationTrigger.Promotion => "Evidence for a promotion",
        _ => "Manual check",
    };
}
