using System.Globalization;
using System.Security.Claims;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Web.Authentication;

public static class PortalPrincipal
{
    public static ClaimsPrincipal Create(Person person, IEnumerable<string> roles, string method, DateTimeOffset at) =>
        Create(person.Id, person.ObjectId, person.DisplayName, person.Email, roles, method, at);

    public static ClaimsPrincipal Create(Guid personId, string objectId, string name, string email, IEnumerable<string> roles, string method,
        DateTimeOffset at)
    {
        var identity = new ClaimsIdentity(PortalClaims.AuthenticationType, PortalClaims.Name, PortalClaims.Role);
        identity.AddClaim(new Claim(PortalClaims.PersonId, personId.ToString()));
        identity.AddClaim(new Claim(PortalClaims.ObjectId, objectId));
        identity.AddClaim(new Claim(PortalClaims.Name, name));
        identity.AddClaim(new Claim(PortalClaims.Email, email));
        identity.AddClaim(new Claim(PortalClaims.Method, method));
        identity.AddClaim(new Claim(PortalClaims.AuthenticatedAt, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        foreach (var role in PortalRoles.Normalize(roles))
        {
            identity.AddClaim(new Claim(PortalClaims.Role, role));
        }
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Reads what an identity provider said about the person, whatever claim names it used.</summary>
    public static SignInIdentity ReadIdentity(ClaimsPrincipal principal)
    {
        var oid = First(principal, PortalClaims.ObjectIdSources)
            ?? throw new InvalidOperationException("The identity provider's token has no object id (oid) claim.");
        var email = First(principal, PortalClaims.EmailSources) ?? "";
        var name = First(principal, PortalClaims.NameSources) ?? email;
        var roles = PortalClaims.RoleSources.SelectMany(t => principal.FindAll(t)).Select(c => c.Value).ToList();
        return new SignInIdentity(oid, name, email, roles);
    }

    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(PortalClaims.PersonId), out var personId))
        {
            throw new AccessDeniedException("Sign in first.");
        }
        return new Actor(personId, principal.FindFirstValue(PortalClaims.Name) ?? "", PortalRoles.Normalize(principal.FindAll(PortalClaims.Role).Select(c => c.Value)));
    }

    public static Guid? PersonId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(PortalClaims.PersonId), out var id) ? id : null;

    private static string? First(ClaimsPrincipal principal, IEnumerable<string> types) =>
        types.Select(t => principal.FindFirstValue(t)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
