namespace CompliancePortal.Web.Authentication;

/// <summary>
/// The one Entra ID tenant whose people may sign in. App roles are assigned per tenant, so a token from any other
/// tenant — whose administrators could grant themselves ComplianceOfficer — is refused even if its signature is valid.
/// </summary>
public sealed record EntraTenant(string Id)
{
    private static readonly string[] MultiTenant = ["common", "organizations", "consumers"];

    public static EntraTenant FromSettings(string? tenantId)
    {
        if (string.IsNullOrWhiteSpace(tenantId) || MultiTenant.Contains(tenantId.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"AzureAd:TenantId is '{tenantId}'. The portal trusts the app roles of one tenant only: set it to your tenant's id (a GUID).");
        }
        return new EntraTenant(tenantId.Trim());
    }

    public bool Issued(System.Security.Claims.ClaimsPrincipal principal)
    {
        var tid = principal.FindFirst("tid")?.Value ?? principal.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value;
        return string.Equals(tid, Id, StringComparison.OrdinalIgnoreCase);
    }
}
