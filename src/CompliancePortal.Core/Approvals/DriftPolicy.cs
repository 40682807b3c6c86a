using System.Text.Json;
using System.Text.Json.Serialization;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// The drift thresholds of one model version, defined before it may reach Production. Every change bumps the revision
/// and the content hash, so an approval given under an older policy can be recognised as stale.
/// </summary>
public sealed class DriftPolicy
{
    public const int MaxThresholds = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private DriftPolicy() { }

    public Guid Id { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public string ThresholdsJson { get; private set; } = "[]";

    /// <summary>SHA-256 of the canonical thresholds; what an approval's evidence fingerprint includes.</summary>
    public string PolicyHash { get; private set; } = "";

    /// <summary>Optimistic-concurrency token, bumped by every definition.</summary>
    public int Revision { get; private set; }

    public string UpdatedByName { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<DriftThreshold> Thresholds => JsonSerializer.Deserialize<List<DriftThreshold>>(ThresholdsJson, Json) ?? [];

    public static DriftPolicy Create(Guid modelVersionId, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), ModelVersionId = modelVersionId };

    public void Define(IReadOnlyList<DriftThreshold> thresholds, Actor author, DateTimeOffset at)
    {
        author.RequirePerson();
        var errors = new ValidationErrors()
            .When(thresholds.Count == 0, "Thresholds", "Define at least one monitored feature or metric with its thresholds.")
            .When(thresholds.Count > MaxThresholds, "Thresholds", $"A drift policy can hold at most {MaxThresholds} thresholds.");
        for (var i = 0; i < thresholds.Count; i++)
        {
            thresholds[i].Validate(errors, i);
        }
        var normalized = thresholds.Select(t => t.Normalized()).ToList();
        errors.When(normalized.GroupBy(t => (t.Monitored.ToLowerInvariant(), t.Method)).Any(g => g.Count() > 1), "Thresholds",
            "Each monitored feature or metric appears once per method.");
        errors.ThrowIfAny();
        ThresholdsJson = JsonSerializer.Serialize(normalized, Json);
        PolicyHash = Hashes.Sha256Hex(ThresholdsJson);
        Revision++;
        UpdatedByName = author.DisplayName;
        UpdatedAt = at;
    }

    public object Snapshot() => new { Id, ModelVersionId, Thresholds, PolicyHash, Revision };
}
