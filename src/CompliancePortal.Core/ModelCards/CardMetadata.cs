namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// The YAML front matter of a Hugging Face model card, kept whole and in order so that keys the portal does not know
/// travel back out on export; the keys it does know are also offered typed.
/// </summary>
public sealed record CardMetadata(MetadataMap Root)
{
    public static CardMetadata Empty { get; } = new(new MetadataMap([]));

    public IReadOnlyList<MetadataEntry> Entries => Root.Entries;

    public bool IsEmpty => Root.Entries.Count == 0;

    public MetadataValue? this[string key] => Root[key];

    public string? License => TextOf(this["license"]);

    /// <summary>HF allows one language or a list; either way this is a list.</summary>
    public IReadOnlyList<string> Languages => TextsOf(this["language"]);

    public IReadOnlyList<string> Tags => TextsOf(this["tags"]);

    public IReadOnlyList<string> Datasets => TextsOf(this["datasets"]);

    public IReadOnlyList<string> Metrics => TextsOf(this["metrics"]);

    /// <summary>Usually one model; a merge lists several.</summary>
    public IReadOnlyList<string> BaseModels => TextsOf(this["base_model"]);

    public string? LibraryName => TextOf(this["library_name"]);

    /// <summary>Every metric of every result of every model in <c>model-index</c>, flattened.</summary>
    public IReadOnlyList<ClaimedResult> ClaimedResults =>
    [
        .. from model in ItemsOf(this["model-index"]).OfType<MetadataMap>()
           from result in ItemsOf(model["results"]).OfType<MetadataMap>()
           let task = result["task"] as MetadataMap
           let dataset = result["dataset"] as MetadataMap
           from metric in ItemsOf(result["metrics"]).OfType<MetadataMap>()
           select new ClaimedResult(
               TextOf(model["name"]),
               TextOf(task?["type"]),
               TextOf(dataset?["name"]),
               TextOf(dataset?["type"]),
               TextOf(metric["type"]),
               TextOf(metric["name"]),
               (metric["value"] as MetadataScalar)?.AsDouble()),
    ];

    /// <summary>A copy with <paramref name="key"/> set: replaced where it stands, or added at the end.</summary>
    public CardMetadata With(string key, MetadataValue value) => new(new MetadataMap(
        Entries.Any(e => e.Key == key)
            ? Entries.Select(e => e.Key == key ? e with { Value = value } : e)
            : Entries.Append(new MetadataEntry(key, value))));

    /// <summary>The block YAML written between the <c>---</c> lines on export; empty when there is no metadata.</summary>
    public string ToYaml() => IsEmpty ? "" : MetadataYamlWriter.Write(Root);

    /// <summary>Reads metadata back from <see cref="ToYaml"/> (or any YAML mapping); invalid YAML is refused with its line.</summary>
    public static CardMetadata FromYaml(string yaml) => MetadataYamlReader.Read(yaml, firstLine: 1);

    private static string? TextOf(MetadataValue? value) => value is MetadataScalar { Kind: not MetadataScalarKind.Null } s ? s.Value : null;

    private static IReadOnlyList<string> TextsOf(MetadataValue? value) => value switch
    {
        MetadataList list => [.. list.Items.Select(TextOf).OfType<string>()],
        _ when TextOf(value) is { } single => [single],
        _ => [],
    };

    private static IReadOnlyList<MetadataValue> ItemsOf(MetadataValue? value) => value is MetadataList list ? list.Items : [];
}
