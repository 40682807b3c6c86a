using CompliancePortal.Core.People;
using Microsoft.AspNetCore.Authorization;

namespace CompliancePortal.Web.Authentication;

/// <summary>Named policies; pages and endpoints ask for these, never for raw role lists.</summary>
public static class PortalPolicies
{
    public const string RegisterModels = nameof(RegisterModels);
    public const string RecordLineage = nameof(RecordLineage);
    public const string ReadAuditLog = nameof(ReadAuditLog);
    public const string Administer = nameof(Administer);

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(RegisterModels, p => p.RequireRole(PortalRoles.ModelOwner));
        options.AddPolicy(RecordLineage, p => p.RequireRole(PortalRoles.ModelOwner, PortalRoles.Administrator));
        options.AddPolicy(ReadAuditLog, p => p.RequireRole(PortalRoles.ComplianceOfficer, PortalRoles.Auditor));
        options.AddPolicy(Administer, p => p.RequireRole(PortalRoles.Administrator));
    }
}
