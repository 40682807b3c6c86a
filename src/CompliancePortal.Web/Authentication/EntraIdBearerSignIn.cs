using CompliancePortal.Core.People;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CompliancePortal.Web.Authentication;

/// <summary>Maps an Entra ID access token onto a recorded person and the portal's principal shape.</summary>
public sealed class EntraIdBearerSignIn(PersonDirectory directory, IOptions<PortalAuthenticationOptions> settings, EntraTenant tenant, TimeProvider time)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }
        var tokenValidated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await tokenValidated(context);
            if (!tenant.Issued(context.Principal!))
            {
                context.Fail("The token was issued by another Entra ID tenant; this portal trusts only its own.");
                return;
            }
            var identity = PortalPrincipal.ReadIdentity(context.Principal!);
            var person = await directory.RecordApiCallerAsync(identity, context.HttpContext.RequestAborted);
            context.Principal = PortalPrincipal.Create(person, identity.Roles, "EntraIdBearer", time.GetUtcNow());
        };
        if (settings.Value.TestIssuer is { Length: > 0 } issuer)
        {
            options.RequireHttpsMetadata = false;
            options.TokenValidationParameters.ValidIssuer = issuer;
            options.TokenValidationParameters.IssuerValidator = null;
        }
    }
}
