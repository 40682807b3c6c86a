using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CompliancePortal.Testing.Oidc;

/// <summary>
/// The interactive half of sign-in: a GET shows the sign-in page for <see cref="TestOidcIssuer.User"/>, and the
/// page's Continue button posts back to complete it, so a browser test drives the same clicks a person would.
/// </summary>
internal sealed class AuthorizeEndpoint(TestOidcIssuer issuer, AuthorizationCodes codes, OidcTokenFactory tokens)
{
    public Task ShowSignInPageAsync(HttpContext context)
    {
        if (!AuthorizeRequest.TryParse(context.Request.Query, issuer.ClientId, out _, out var error))
        {
            return OidcResponses.WriteHtmlAsync(context, StatusCodes.Status400BadRequest, OidcPages.Message("Sign-in request rejected", error));
        }

        issuer.RecordAuthorization(context.Request.Query["prompt"], context.Request.Query["max_age"]);
        // The Continue button posts back to this same URL, so the request's parameters need no hidden fields.
        var formAction = context.Request.Path.Add(context.Request.QueryString);
        return OidcResponses.WriteHtmlAsync(context, StatusCodes.Status200OK, OidcPages.SignIn(issuer.User, formAction));
    }

    public Task CompleteSignInAsync(HttpContext context)
    {
        if (!AuthorizeRequest.TryParse(context.Request.Query, issuer.ClientId, out var request, out var error))
        {
            return OidcResponses.WriteHtmlAsync(context, StatusCodes.Status400BadRequest, OidcPages.Message("Sign-in request rejected", error));
        }

        // Read once, so the code and the id_token of this sign-in name the same person even if a test swaps User meanwhile.
        var user = issuer.User;
        var fields = new List<KeyValuePair<string, string>>();
        string? code = null;
        if (request.ReturnsCode)
        {
            code = codes.Issue(request, user);
            fields.Add(new("code", code));
        }

        if (request.ReturnsIdToken)
        {
            fields.Add(new("id_token", tokens.CreateIdToken(user, request.Nonce, code, accessToken: null)));
            issuer.RecordSignIn();
        }

        if (request.State is not null)
        {
            fields.Add(new("state", request.State));
        }

        if (request.WantsClientInfo)
        {
            fields.Add(new("client_info", tokens.CreateClientInfo(user)));
        }

        if (request.UsesFormPost)
        {
            return OidcResponses.WriteHtmlAsync(context, StatusCodes.Status200OK, OidcPages.FormPost(request.RedirectUri, fields));
        }

        context.Response.Redirect(QueryHelpers.AddQueryString(request.RedirectUri, fields.Select(field => new KeyValuePair<string, string?>(field.Key, field.Value))));
        return Task.CompletedTask;
    }
}
