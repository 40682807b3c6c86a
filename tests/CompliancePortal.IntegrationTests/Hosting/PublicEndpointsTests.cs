using System.Net;
using CompliancePortal.IntegrationTests.Support;

namespace CompliancePortal.IntegrationTests.Hosting;

/// <summary>What load balancers, monitoring and API consumers read without signing in: health and the OpenAPI document.</summary>
public abstract class PublicEndpointsTests(PortalHost host)
{
    [Fact]
    public async Task Health_WithDatabaseAndJobStorageReachable_ReportsEveryCheckHealthy()
    {
        using var anonymous = host.AnonymousClient();

        var response = await anonymous.GetAsync("/health");

        var health = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["job-storage"]);
    }

    [Fact]
    public async Task OpenApiDocument_IsPublicAndDescribesTheModelsApi()
    {
        using var anonymous = host.AnonymousClient();

        var response = await anonymous.GetAsync("/openapi/v1.json");

        var document = await response.ExpectAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/models", paths);
        Assert.Contains("/api/v1/models/{key}/versions", paths);
        Assert.Contains("/api/v1/audit/verify", paths);
    }
}
