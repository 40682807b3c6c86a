using System.Text.Json;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using Microsoft.AspNetCore.Mvc;
using CompliancePortal.Web.Authentication;

namespace CompliancePortal.Web.Api;

/// <summary>
/// Maps what the domain refuses onto ProblemDetails with a message a person can act on, for API callers; pages
/// keep the HTML error page. Refusals are expected outcomes, so only unexpected errors are logged as errors.
/// </summary>
public sealed class ApiProblemMiddleware(RequestDelegate next, ILogger<ApiProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (!context.Request.IsApiRequest())
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && exception is not OperationCanceledException)
        {
            var problem = Map(exception);
            if (problem.Status >= 500)
            {
                logger.LogError(exception, "Unexpected error on {Method} {Path}", context.Request.Method, context.Request.Path);
            }
            context.Response.Clear();
            context.Response.StatusCode = problem.Status ?? 500;
            if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception }))
            {
                await context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
            }
        }
    }

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationFailedException v => new ValidationProblemDetails(v.Errors.ToDictionary(e => Camel(e.Key), e => e.Value))
        {
            Status = 400, Title = "The request was refused; nothing was changed.", Detail = v.Message,
        },
        AccessDeniedException a => new ProblemDetails { Status = 403, Title = "Not allowed", Detail = a.Message },
        NotFoundException n => new ProblemDetails { Status = 404, Title = "Not found", Detail = n.Message },
        CardConflictException card => new ProblemDetails
        {
            Status = 409, Title = "Conflict; nothing was changed.", Detail = card.Message,
            Extensions = { ["currentRevision"] = card.Current.Number, ["currentAuthor"] = card.Current.AuthorName, ["currentContentHash"] = card.Current.ContentHash },
        },
        ConflictException c => new ProblemDetails { Status = 409, Title = "Conflict; nothing was changed.", Detail = c.Message },
        DomainRuleException d => new ProblemDetails { Status = 422, Title = "Refused by a rule; nothing was changed.", Detail = d.Message },
        PayloadTooLargeException p => new ProblemDetails { Status = 413, Title = "Too large; nothing was changed.", Detail = p.Message },
        BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "The request could not be read.", Detail = Describe(b) },
        _ => new ProblemDetails { Status = 500, Title = "Unexpected error", Detail = "The portal hit an unexpected error; nothing was changed. The error has been logged." },
    };

    private static string Describe(BadHttpRequestException b) => b.InnerException switch
    {
        JsonException j => $"The JSON body is malformed: {j.Message}",
        { } inner => $"{b.Message} {inner.Message}",
        _ => b.Message,
    };

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
