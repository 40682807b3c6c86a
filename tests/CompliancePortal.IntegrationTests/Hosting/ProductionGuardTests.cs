using System.Net;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Hosting;

/// <summary>Settings that are fine on a laptop but dangerous in production stop the portal from starting there.</summary>
public sealed class ProductionGuardTests
{
    // Shaped like a real registration, so only the setting under test can stop the start.
    private static readonly Dictionary<string, string?> EntraId = new()
    {
        ["AzureAd:TenantId"] = "3f6d2a4e-8c1b-4d7e-9a5f-0b2c4e6d8a1f",
        ["AzureAd:ClientId"] = "0c9e4a7b-2d1f-4e8a-b6c3-5f7d9e1a2b3c",
    };

    [Fact]
    public async Task Production_WithDevelopmentSignIn_RefusesToStart()
    {
        await using var factory = new PortalFactory(PortalSettings.Sqlite() with
        {
            Environment = "Production", AuthenticationMode = "Development", SeedDemoData = false, RunJobs = false,
        });

        var refused = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("Production", Messages(refused));
        Assert.Contains("Authentication:Mode", Messages(refused));
    }

    [Theory]
    [InlineData("common")]
    [InlineData("organizations")]
    public async Task EntraId_WithAMultiTenantAuthority_RefusesToStart(string tenant)
    {
        await using var factory = new PortalFactory(PortalSettings.Sqlite() with
        {
            AuthenticationMode = "EntraId", SeedDemoData = false, RunJobs = false,
            Extra = new Dictionary<string, string?> { ["AzureAd:TenantId"] = tenant, ["AzureAd:ClientId"] = EntraId["AzureAd:ClientId"] },
        });

        var refused = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("AzureAd:TenantId", Messages(refused));
    }

    [Fact]
    public async Task Production_WithDemoData_RefusesToStartEvenWithEntraId()
    {
        await using var factory = new PortalFactory(PortalSettings.Sqlite() with
        {
            Environment = "Production", AuthenticationMode = "EntraId", SeedDemoData = true, RunJobs = false, Extra = EntraId,
        });

        var refused = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("Production", Messages(refused));
        Assert.Contains("Demo:Seed", Messages(refused));
    }

    [Fact]
    public async Task Production_WithEntraIdAndNoDemoData_Starts()
    {
        await using var factory = new PortalFactory(PortalSettings.Sqlite() with
        {
            Environment = "Production", AuthenticationMode = "EntraId", SeedDemoData = false, RunJobs = false, Extra = EntraId,
        });

        using var client = factory.CreateClient();

        await (await client.GetAsync("/health")).ExpectAsync(HttpStatusCode.OK);
        await (await client.GetAsync("/api/v1/models")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        return string.Join(" | ", messages);
    }
}
