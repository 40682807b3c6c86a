using System.Text.Json.Serialization;
using CompliancePortal.Web.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace CompliancePortal.Web.Api;

public static class ApiSetup
{
    public static void AddPortalApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Malformed JSON and unbindable parameters become exceptions, so the one handler answers them as ProblemDetails.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<ModelDetailsBinder>();
        builder.Services.AddScoped<LineageResolver>();
        builder.Services.AddScoped<BoardBinder>();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Compliance Portal API",
                Version = "v1",
                Description = "Model registry, lineage and audit evidence for regulated ML. Authenticate with 'Authorization: Bearer <token>': " +
                    "a portal API token (cpt_…, created under Account › API tokens) or, in Entra ID mode, an Entra ID access token.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Portal API token (cpt_…) or Entra ID access token.",
            };
            return Task.CompletedTask;
        }));
    }

    public static void UsePortalErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseMiddleware<ApiProblemMiddleware>();
        // API callers get ProblemDetails for bare status codes (401, 403, 404, 405…); people get the not-found page.
        app.UseWhen(context => context.Request.IsApiRequest(), api => api.UseStatusCodePages(WriteStatusProblemAsync));
        app.UseWhen(context => !context.Request.IsApiRequest(), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
        // Routing after the status-code pages, so a re-executed request is routed to the status page afresh.
        app.UseRouting();
    }

    private static async Task WriteStatusProblemAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        if (response.HasStarted || response.ContentLength is not null || !string.IsNullOrEmpty(response.ContentType))
        {
            return;
        }
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = { Status = response.StatusCode, Detail = StatusDetail(response.StatusCode) },
        });
    }

    public static void MapPortalApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Compliance Portal API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        var api = app.MapGroup("/api/v1");
        api.MapModelsEndpoints();
        api.MapModelCardEndpoints();
        api.MapEvaluationEndpoints();
        api.MapRevalidationEndpoints();
        api.MapPromotionEndpoints();
        api.MapCabEndpoints();
        api.MapLineageEndpoints();
        api.MapOpenLineageEndpoints();
        api.MapLineageGraphEndpoints();
        api.MapAuditEndpoints();
        api.MapAuditPackEndpoints();
        api.MapSiemEndpoints();
        api.MapAccountApiEndpoints();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalAuthenticationOptions>>().Value.Mode
            == AuthenticationMode.Development)
        {
            app.MapDevEndpoints();
        }
    }

    private static string StatusDetail(int status) => status switch
    {
        401 => "Authentication required: send 'Authorization: Bearer <token>' with a portal API token, or sign in.",
        403 => "Your roles do not allow this.",
        404 => "No such resource.",
        405 => "This method is not allowed on this resource.",
        _ => "The request could not be completed.",
    };
}
