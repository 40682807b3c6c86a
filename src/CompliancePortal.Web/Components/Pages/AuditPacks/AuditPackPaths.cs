namespace CompliancePortal.Web.Components.Pages.AuditPacks;

public static class AuditPackPaths
{
    public const string List = "/audit-packs";

    public static string Pack(Guid id) => $"/audit-packs/{id}";

    public static string Pdf(Guid id) => $"/api/v1/audit-packs/{id}/pdf";
}
