using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Components.Pages.Approvals;

internal static class GateText
{
    public static string Title(PromotionGate gate) => gate switch
    {
        PromotionGate.NamedOwner => "Named individual owner",
        PromotionGate.CompleteModelCard => "Complete model card",
        PromotionGate.PassingEvaluation => "Passing evaluation of this version",
        PromotionGate.DriftThresholds => "Drift thresholds defined",
        PromotionGate.Reproducibility => "Reproducibility check",
        PromotionGate.CabDecision => "CAB decision (Major change)",
        _ => gate.ToString(),
    };

    public static string Duration(double? seconds) => seconds switch
    {
        null => "—",
        < 60 => $"{seconds:0} s",
        < 3600 => $"{Math.Floor(seconds.Value / 60):0} min {seconds % 60:0} s",
        _ => $"{Math.Floor(seconds.Value / 3600):0} h {Math.Floor(seconds.Value % 3600 / 60):0} min",
    };
}
