namespace CompliancePortal.Web.Authentication;

/// <summary>
/// Every sign-in path (development, Entra ID web sign-in, Entra ID bearer, portal API token) ends in a principal of
/// this one shape, so authorization and auditing never care how someone signed in.
/// </summary>
public static class PortalClaims
{
    public const string AuthenticationType = "CompliancePortal";
    public const string PersonId = "portal_person_id";
    public const string ObjectId = "oid";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string Method = "portal_auth_method";
    public const string AuthenticatedAt = "portal_auth_time";

    /// <summary>The claim types identity providers use for the object id and roles, before our mapping.</summary>
    public static readonly string[] ObjectIdSources = ["oid", "http://schemas.microsoft.com/identity/claims/objectidentifier"];

    public static readonly string[] RoleSources = ["roles", "role", System.Security.Claims.ClaimTypes.Role];

    public static readonly string[] NameSources = ["name", System.Security.Claims.ClaimTypes.Name];

    public static readonly string[] EmailSources = ["preferred_username", "email", "upn", System.Security.Claims.ClaimTypes.Upn, System.Security.Claims.ClaimTypes.Email];
}
