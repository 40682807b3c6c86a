using CompliancePortal.Core.Revalidation;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Revalidation;

/// <summary>How a revalidation's status looks on the calendar: overdue red, due soon orange, completed green.</summary>
internal static class RevalidationStatusDisplay
{
    public static Color Color(this RevalidationStatus status) => status switch
    {
        RevalidationStatus.Overdue => MudBlazor.Color.Error,
        RevalidationStatus.DueSoon => MudBlazor.Color.Warning,
        RevalidationStatus.Completed => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Default,
    };

    public static string Label(this RevalidationStatus status) => status switch
    {
        RevalidationStatus.DueSoon => "Due soon",
        _ => status.ToString(),
    };

    public static string Label(this RevalidationOutcome outcome) => outcome switch
    {
        RevalidationOutcome.PassWithFindings => "Pass with findings",
        _ => outcome.ToString(),
    };

    public static Color Color(this RevalidationOutcome outcome) => outcome switch
    {
        RevalidationOutcome.Pass => MudBlazor.Color.Success,
        RevalidationOutcome.PassWithFindings => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Error,
    };
}
