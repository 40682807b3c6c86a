namespace CompliancePortal.Web.Components.Pages.ModelCards;

public enum DiffMode
{
    SideBySide,
    Inline,
}
