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
            var principal = await EntraTokens.MapAsync(context.Principal!, tenant,
                identity => directory.RecordApiCallerAsync(identity, context.HttpContext.RequestAborted), "EntraIdBearer", time.GetUtcNow, context.Fail);
            if (principal is not null)
            {
                context.Principal = principal;
            }
        };
        if (settings.Value.TestIssuer is { Length: > 0 } issuer)
        {
            options.RequireHttpsMetadata = false;
            EntraTokens.TrustTestIssuer(options.TokenValidationParameters, issuer);
        }
    }
}
