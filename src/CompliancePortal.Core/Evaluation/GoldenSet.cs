using System.Text.Json;
using System.Text.Json.Serialization;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// A model's golden set: which column is the label, which are features, and the metrics a version must meet. Its
/// content lives in immutable versions addressed by SHA-256; the definition itself does not change.
/// </summary>
public sealed class GoldenSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private GoldenSet() { }

    public Guid Id { get; private set; }

    public Guid ModelId { get; private set; }

    public string Name { get; private set; } = "";

    public string LabelColumn { get; private set; } = "";

    public string FeatureColumnsJson { get; private set; } = "[]";

    public string MetricsJson { get; private set; } = "[]";

    public ProblemType Problem { get; private set; }

    public double PositiveClass { get; private set; }

    /// <summary>The number of the latest version, 0 before the first; also the optimistic-concurrency token.</summary>
    public int CurrentVersion { get; private set; }

    public string? CurrentContentHash { get; private set; }

    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<string> FeatureColumns => JsonSerializer.Deserialize<List<string>>(FeatureColumnsJson, Json) ?? [];

    public IReadOnlyList<MetricDefinition> Metrics =>
        (JsonSerializer.Deserialize<List<StoredMetric>>(MetricsJson, Json) ?? []).Select(m => m.ToDefinition()).ToList();

    public GoldenSetDefinition Definition => new(Name, LabelColumn, FeatureColumns, Metrics, PositiveClass);

    public static GoldenSet Register(Guid modelId, GoldenSetDefinition definition, Guid createdBy, DateTimeOffset at)
    {
        var errors = definition.Validate();
        var name = definition.Name?.Trim() ?? "";
        // The name is a segment of the golden set's URL.
        errors.When(name.IndexOfAny(['/', '\\', '?', '#']) >= 0, nameof(GoldenSetDefinition.Name),
            "A golden set name cannot contain /, \\, ? or #: it is part of the golden set's address.");
        errors.ThrowIfAny();
        return new GoldenSet
        {
            Id = Guid.CreateVersion7(at),
            ModelId = modelId,
            Name = name,
            LabelColumn = definition.LabelColumn.Trim(),
            FeatureColumnsJson = JsonSerializer.Serialize(definition.FeatureColumns.Select(f => f.Trim()).ToList(), Json),
            MetricsJson = JsonSerializer.Serialize(definition.Metrics.Select(StoredMetric.From).ToList(), Json),
            Problem = definition.Problem!.Value,
            PositiveClass = definition.PositiveClass,
            CreatedById = createdBy,
            CreatedAt = at,
        };
    }

    /// <summary>Adds a version with the given content hash; the same content as an existing version is refused.</summary>
    public GoldenSetVersion AddVersion(string contentHash, GoldenSetSource source, string? uri, long? sizeBytes, int? rowCount,
        IReadOnlyCollection<GoldenSetVersion> existing, Actor author, DateTimeOffset at)
    {
        if (existing.Count != CurrentVersion)
        {
            throw new InvalidOperationException("The versions passed in are not all of this golden set's versions.");
        }
        if (contentHash == CurrentContentHash)
        {
            throw new ConflictException($"This content (SHA-256 {contentHash}) is already the current version ({CurrentVersion}) of the golden set "
                + $"\"{Name}\"; nothing was added.");
        }
        if (existing.FirstOrDefault(v => v.ContentHash == contentHash) is { } earlier)
        {
            throw new ConflictException($"This content (SHA-256 {contentHash}) is already version {earlier.Number} of the golden set \"{Name}\"; "
                + "a version is named by its content, so the same bytes cannot become a second version.");
        }
        var version = GoldenSetVersion.Create(Id, CurrentVersion + 1, contentHash, source, uri, sizeBytes, rowCount, author, at);
        CurrentVersion = version.Number;
        CurrentContentHash = contentHash;
        return version;
    }

    public object Snapshot() => new
    {
        Id, ModelId, Name, LabelColumn, FeatureColumns, Problem = Problem.ToString(), PositiveClass,
        Metrics = Metrics.Select(m => new { Kind = m.Kind.ToString(), m.Threshold, Direction = m.Direction.ToString() }).ToArray(),
        CurrentVersion, CurrentContentHash,
    };
}
