using System.Text.Json;
using System.Text.Json.Serialization;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Approvals;

/// <summary>A recorded run of the reproducibility check of one model version: every pin and what re-verifying it found.</summary>
public sealed class ReproducibilityCheck
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private ReproducibilityCheck() { }

    public Guid Id { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public bool Passed { get; private set; }

    public string ItemsJson { get; private set; } = "[]";

    public string CheckedByName { get; private set; } = "";

    public DateTimeOffset CheckedAt { get; private set; }

    public IReadOnlyList<ReproducibilityItem> Items => JsonSerializer.Deserialize<List<ReproducibilityItem>>(ItemsJson, Json) ?? [];

    public static ReproducibilityCheck Record(Guid modelVersionId, IReadOnlyList<ReproducibilityItem> items, Actor by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ModelVersionId = modelVersionId,
        // Nothing pinned is nothing reproducible: an empty check cannot pass.
        Passed = items.Count > 0 && items.All(i => i.Passed),
        ItemsJson = JsonSerializer.Serialize(items, Json),
        CheckedByName = by.DisplayName,
        CheckedAt = at,
    };

    public object Snapshot() => new { Id, ModelVersionId, Passed, Items, CheckedAt };
}
