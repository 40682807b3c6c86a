using System.Net;
using System.Text;

namespace CompliancePortal.Testing.Oidc;

internal static class OidcPages
{
    public const string SignInTitle = "Sign in to Test Entra";

    public static string SignIn(TestOidcUser user, string formAction) => Page(
        SignInTitle,
        $"""
        <h1>{SignInTitle}</h1>
        <p>Signing in as <strong id="user-name">{Encode(user.Name)}</strong> (<span id="user-upn">{Encode(user.PreferredUsername)}</span>).</p>
        <form method="post" action="{Encode(formAction)}">
          <button id="continue" type="submit">Continue</button>
        </form>
        """);

    /// <summary>The form_post response mode: the browser carries the result to the app as a POST (OAuth 2.0 Form Post Response Mode).</summary>
    public static string FormPost(string redirectUri, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var inputs = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            inputs.Append($"""<input type="hidden" name="{Encode(name)}" value="{Encode(value)}">""").Append('\n');
        }

        return Page(
            "Signing in",
            $"""
            <form method="post" action="{Encode(redirectUri)}">
            {inputs}<noscript><button type="submit">Continue</button></noscript>
            </form>
            <script>document.forms[0].submit();</script>
            """);
    }

    public static string Message(string title, string text) => Page(title, $"""<h1>{Encode(title)}</h1><p id="message">{Encode(text)}</p>""");

    private static string Page(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{Encode(title)}</title></head>
        <body>
        {body}
        </body>
        </html>
        """;

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
