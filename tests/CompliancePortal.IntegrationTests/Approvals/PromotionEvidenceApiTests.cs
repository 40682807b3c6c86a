using System.Net;
using System.Security.Cryptography;
using System.Text;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Approvals;

/// <summary>The evidence this issue adds: drift thresholds and the reproducibility check with re-hashing of reachable artifacts.</summary>
public abstract class PromotionEvidenceApiTests(PortalHost host)
{
    private readonly PromotionDriver _driver = new(host);

    private async Task<(string Key, string Path)> ModelWithFileArtifactAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"artifact-{Guid.NewGuid():N}.onnx");
        await File.WriteAllTextAsync(path, "model bytes");
        var key = await _driver.NewModelAsync();
        await _driver.RegisterAsync(key, "1.1.0", artifactUri: new Uri(path).AbsoluteUri,
            artifactSha256: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("model bytes"))));
        return (key, path);
    }

    private async Task<System.Text.Json.JsonElement> CheckAsync(string key) =>
        await (await (await _driver.ClientAsync(PortalClients.Olivia)).PostAsync($"/api/v1/models/{key}/versions/1.1.0/reproducibility-checks", null))
            .ExpectAsync(HttpStatusCode.OK);

    private static string ArtifactStatus(System.Text.Json.JsonElement check) =>
        check.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "Artifact").GetProperty("status").GetString()!;

    [Fact]
    public async Task ReproducibilityCheck_RehashesAFileArtifact_AndFailsOnceItsBytesChange()
    {
        var (key, path) = await ModelWithFileArtifactAsync();

        var first = await CheckAsync(key);
        await File.WriteAllTextAsync(path, "tampered bytes");
        var second = await CheckAsync(key);
        File.Delete(path);
        var third = await CheckAsync(key);

        Assert.True(first.GetProperty("passed").GetBoolean());
        Assert.Equal("Verified", ArtifactStatus(first));
        Assert.False(second.GetProperty("passed").GetBoolean());
        Assert.Equal("Mismatch", ArtifactStatus(second));
        Assert.Equal("Missing", ArtifactStatus(third));
        var readiness = await _driver.GetAsync($"/api/v1/models/{key}/versions/1.1.0/readiness");
        var gate = readiness.GetProperty("evidence").GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("gate").GetString() == "Reproducibility");
        Assert.False(gate.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task ReproducibilityCheck_ByAnAuditor_Is403_AndWritesNothing()
    {
        var (key, _) = await ModelWithFileArtifactAsync();
        var henrik = await _driver.ClientAsync(PortalClients.Henrik);
        var audit = await host.AuditTrailAsync();
        var mark = await audit.LastSequenceAsync();

        var response = await henrik.PostAsync($"/api/v1/models/{key}/versions/1.1.0/reproducibility-checks", null);

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty(await audit.EventsAfterAsync(mark));
    }

    [Fact]
    public async Task DriftThresholds_AreDefined_AndImpossibleOnesNameTheField()
    {
        var key = await _driver.NewModelAsync();

        var critical = await _driver.DefineDriftAsync(key, "1.0.0", warning: 0.3, critical: 0.2);
        await _driver.DefineDriftAsync(key, "1.0.0");
        var stale = await _driver.DefineDriftAsync(key, "1.0.0", revision: 0, warning: 0.05, critical: 0.2);
        var auditor = await _driver.DefineDriftAsync(key, "1.0.0", revision: 1, email: PortalClients.Henrik);

        await critical.ExpectFieldErrorAsync("thresholds[0].Critical");
        await stale.ExpectProblemAsync(HttpStatusCode.Conflict);
        await auditor.ExpectProblemAsync(HttpStatusCode.Forbidden);
        var policy = await _driver.GetAsync($"/api/v1/models/{key}/versions/1.0.0/drift-policy");
        Assert.Equal(1, policy.GetProperty("revision").GetInt32());
        Assert.Equal("Psi", policy.GetProperty("thresholds")[0].GetProperty("method").GetString());
    }
}
