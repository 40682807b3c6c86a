using System.Security.Claims;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Authentication;
using Microsoft.AspNetCore.Components.Authorization;

namespace CompliancePortal.Web.Components.Shared;

/// <summary>The signed-in person of this circuit, as the actor the domain services expect.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<Actor> ActorAsync() => (await PrincipalAsync()).ToActor();

    public async Task<bool> IsInRoleAsync(string role) => (await PrincipalAsync()).IsInRole(role);
}
