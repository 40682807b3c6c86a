using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Components.Pages.Approvals;

internal static class PromotionPaths
{
    public const string Queue = "/promotions";

    public static string Request(Guid id) => $"/promotions/{id}";

    public static string Model(string modelKey) => $"/models/{Uri.EscapeDataString(modelKey)}";

    public static string Version(string modelKey, string label) => $"{Model(modelKey)}/versions/{Uri.EscapeDataString(label)}";

    /// <summary>Where to fix a failing gate.</summary>
    public static string? Fix(PromotionGate gate, string modelKey, string label) => gate switch
    {
        PromotionGate.NamedOwner => $"{Model(modelKey)}/edit",
        PromotionGate.CompleteModelCard => $"{Version(modelKey, label)}/card/edit",
        PromotionGate.PassingEvaluation => $"{Version(modelKey, label)}#evaluations",
        PromotionGate.DriftThresholds => $"{Version(modelKey, label)}#drift-thresholds",
        PromotionGate.Reproducibility => $"{Version(modelKey, label)}#reproducibility",
        PromotionGate.CabDecision => $"{Version(modelKey, label)}#cab-review",
        _ => null,
    };
}
