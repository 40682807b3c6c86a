using CompliancePortal.Core.ModelCards;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

internal static class SectionStateDisplay
{
    public static string Label(this SectionState state) => state switch
    {
        SectionState.TooShort => "Too short",
        _ => state.ToString(),
    };

    public static Color Color(this SectionStatus status) => status.State switch
    {
        SectionState.Present => MudBlazor.Color.Success,
        _ when !status.Required => MudBlazor.Color.Default,
        SectionState.Missing or SectionState.Empty => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Warning,
    };

    public static string Icon(this SectionStatus status) => status.State == SectionState.Present
        ? Icons.Material.Filled.CheckCircle
        : Icons.Material.Filled.ErrorOutline;

    public static string Overall(this CompletenessReport report) => report.IsComplete ? "Complete" : "Incomplete";
}
