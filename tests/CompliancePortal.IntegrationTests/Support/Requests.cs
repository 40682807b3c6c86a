using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.Support;

/// <summary>Valid API request bodies, written as a client would send them; tests change or remove one field to make them invalid.</summary>
public static class Requests
{
    /// <summary>A seeded dataset version no demo model was trained on.</summary>
    public const string UnusedDatasetVersion = "card-authorisations@2026-10-31";

    /// <summary>An older seeded version of the same dataset, so of the same source system.</summary>
    public const string OlderDatasetVersionOfTheSameSource = "card-authorisations@2026-05-31";

    public static JsonObject Model(string key, string owner = PortalClients.Olivia, string? name = null) => new()
    {
        ["key"] = key,
        ["name"] = name ?? $"Integration test model {key}",
        ["purpose"] = "Scores applications in an integration test.",
        ["businessUse"] = "Nothing real: it exists to exercise the registry.",
        ["riskTier"] = "High",
        ["owner"] = owner,
    };

    public static JsonObject ModelEdit(int revision, string name, string riskTier = "High", string owner = PortalClients.Olivia) => new()
    {
        ["name"] = name,
        ["purpose"] = "Scores applications in an integration test.",
        ["businessUse"] = "Nothing real: it exists to exercise the registry.",
        ["riskTier"] = riskTier,
        ["owner"] = owner,
        ["revision"] = revision,
    };

    public static JsonObject Version(string label, string changeClass = "Major", params string[] datasetVersions) => new()
    {
        ["label"] = label,
        ["artifactUri"] = $"s3://models/integration/{label}/model.onnx",
        ["artifactSha256"] = Sha256($"artifact:{label}"),
        ["codeRepository"] = "https://git.example.com/risk/integration-model.git",
        ["codeCommit"] = Sha256($"commit:{label}")[..40],
        ["environmentLockHash"] = Sha256($"environment:{label}"),
        ["changeClass"] = changeClass,
        ["datasetVersions"] = new JsonArray((datasetVersions.Length == 0 ? [UnusedDatasetVersion] : datasetVersions)
            .Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()),
        ["notes"] = "Registered by an integration test.",
    };

    public static JsonObject SourceSystem(string key) => new()
    {
        ["key"] = key,
        ["name"] = $"Source {key}",
        ["kind"] = "Data warehouse",
        ["description"] = "Created by an integration test.",
    };

    public static JsonObject Dataset(string key, string sourceSystem) => new()
    {
        ["key"] = key,
        ["name"] = $"Dataset {key}",
        ["sourceSystem"] = sourceSystem,
        ["description"] = "Created by an integration test.",
    };

    public static JsonObject DatasetVersion(string label) => new()
    {
        ["label"] = label,
        ["uri"] = $"s3://lake/integration/{label}/",
        ["contentHash"] = Sha256($"content:{label}"),
        ["rowCount"] = 1200,
        ["schemaHash"] = Sha256($"schema:{label}"),
    };

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
