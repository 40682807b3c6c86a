namespace CompliancePortal.Web.Components.Pages.Revalidation;

public enum CalendarView
{
    Month,
    Week,
    List,
}
