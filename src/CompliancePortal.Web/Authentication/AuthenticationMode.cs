namespace CompliancePortal.Web.Authentication;

public enum AuthenticationMode
{
    /// <summary>Pick a demo person at a sign-in page; for running without a tenant, never in Production.</summary>
    Development,

    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web, roles from app roles.</summary>
    EntraId,
}
