using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CompliancePortal.Testing.Portal;

/// <summary>HTTP clients that call the API as a demo person, through the portal's own development token endpoint.</summary>
public static class PortalClients
{
    public const string Olivia = "olivia.owens@contoso.example";
    public const string Marcus = "marcus.chen@contoso.example";
    public const string Sofia = "sofia.alvarez@contoso.example";
    public const string Priya = "priya.raman@contoso.example";
    public const string Grace = "grace.mbeki@contoso.example";
    public const string Henrik = "henrik.aalto@contoso.example";
    public const string Alex = "alex.morgan@contoso.example";

    public static async Task<string> TokenForAsync(this PortalFactory factory, string email)
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsync($"/dev/tokens?as={Uri.EscapeDataString(email)}", null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("token").GetString()!;
    }

    public static async Task<HttpClient> ClientForAsync(this PortalFactory factory, string email)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenForAsync(email));
        return client;
    }
}
