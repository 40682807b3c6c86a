namespace CompliancePortal.Web.Components.Pages.Revalidation;

public enum SignOffCapacity
{
    Owner,
    ComplianceOfficer,
}
