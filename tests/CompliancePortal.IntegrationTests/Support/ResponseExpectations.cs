using System.Net;
using System.Text.Json;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>Status checks that show the response body when they fail, so a refused request explains itself.</summary>
public static class ResponseExpectations
{
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status,
            $"Expected {(int)status} {status} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} " +
            $"but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>An RFC 9457 problem with this status and a message a person can act on.</summary>
    public static async Task<JsonElement> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ExpectAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), "The problem has no detail message.");
        return problem;
    }

    public static async Task<JsonElement> ExpectFieldErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.True(fields.Contains(field), $"Expected an error for '{field}' but the errors were for: {string.Join(", ", fields)}.");
        return problem;
    }
}
